namespace DeploymentWatch.Feeds;

/// <summary>Limits for fetching feeds, bound from the "Feeds" configuration section and checked at start.</summary>
public sealed class FeedsOptions
{
    public const string SectionName = "Feeds";

    /// <summary>Whole-request limit: connect, headers and body together.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest body (after decompression) or local file accepted.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed before giving up; 0 follows none.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Lets feeds reach loopback, private, link-local and other non-public addresses (a feed on this host or the
    /// LAN). Off by default: a feed host or its redirect must not make the bot probe the operator's network.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Single non-public addresses feeds may reach while the rest stay refused (a feed server on the LAN).</summary>
#pragma warning disable CA2227, CA1819 // Bound from configuration, which needs a settable list.
    public string[] AllowedPrivateAddresses { get; set; } = [];
#pragma warning restore CA2227, CA1819

    public string UserAgent { get; set; } = "DeploymentWatch/1.0 (+https://github.com/deploymentwatch)";
}
