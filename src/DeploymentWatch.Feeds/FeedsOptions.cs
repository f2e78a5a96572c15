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

    public string UserAgent { get; set; } = "DeploymentWatch/1.0 (+https://github.com/deploymentwatch)";
}
