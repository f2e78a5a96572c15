using System.Globalization;
using System.Net.Http.Headers;

namespace DeploymentWatch.Discord.Api.RateLimits;

/// <summary>
/// The X-RateLimit-* headers of one response. Only the relative Reset-After is used for timing: it is immune to
/// clock skew between us and Discord (the absolute X-RateLimit-Reset is not).
/// </summary>
internal sealed record DiscordRateLimitHeaders(int? Limit, int? Remaining, TimeSpan? ResetAfter, string? Bucket, bool Global, string? Scope, TimeSpan? RetryAfter)
{
    public static DiscordRateLimitHeaders None { get; } = new(null, null, null, null, false, null, null);

    /// <summary>A 429 with scope "shared" is about a resource, not us; Discord does not count it as invalid.</summary>
    public bool IsSharedScope => string.Equals(Scope, "shared", StringComparison.OrdinalIgnoreCase);

    public static DiscordRateLimitHeaders Parse(HttpResponseHeaders headers)
    {
        var retryAfter = headers.RetryAfter?.Delta ?? Seconds(headers, "Retry-After");
        return new(
            Int(headers, "X-RateLimit-Limit"),
            Int(headers, "X-RateLimit-Remaining"),
            Seconds(headers, "X-RateLimit-Reset-After"),
            Text(headers, "X-RateLimit-Bucket"),
            string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Text(headers, "X-RateLimit-Scope"),
            retryAfter);
    }

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static int? Int(HttpResponseHeaders headers, string name) =>
        int.TryParse(Text(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? Seconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value < 1e6
            ? TimeSpan.FromSeconds(value)
            : null;
}
