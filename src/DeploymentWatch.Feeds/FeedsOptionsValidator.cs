using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds;

/// <summary>Refuses settings that would make every fetch fail or hang, so start-up stops with the reason.</summary>
public sealed class FeedsOptionsValidator : IValidateOptions<FeedsOptions>
{
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromMinutes(10);
    private const long LargestBody = 1024L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, FeedsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > LongestTimeout)
        {
            failures.Add($"Feeds:Timeout must be more than 0 and at most 00:10:00 (got {options.Timeout}).");
        }

        if (options.MaxBytes <= 0 || options.MaxBytes > LargestBody)
        {
            failures.Add($"Feeds:MaxBytes must be between 1 and {LargestBody} (got {options.MaxBytes}).");
        }

        if (options.MaxRedirects is < 0 or > 20)
        {
            failures.Add($"Feeds:MaxRedirects must be between 0 and 20 (got {options.MaxRedirects}).");
        }

        foreach (var address in options.AllowedPrivateAddresses ?? [])
        {
            if (!System.Net.IPAddress.TryParse(address, out _))
            {
                failures.Add($"Feeds:AllowedPrivateAddresses must list IP addresses such as 192.168.1.20 (got \"{address}\").");
            }
        }

        if (!IsValidUserAgent(options.UserAgent))
        {
            failures.Add($"Feeds:UserAgent must be a valid User-Agent header such as \"Name/1.0 (+url)\" (got \"{options.UserAgent}\").");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsValidUserAgent(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return false;
        }

        using var probe = new HttpRequestMessage();
        return probe.Headers.UserAgent.TryParseAdd(userAgent);
    }
}
