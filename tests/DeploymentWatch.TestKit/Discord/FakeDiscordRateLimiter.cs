using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>
/// The fake's side of rate limiting, as Discord documents it: a fixed window per bucket (route + major id) that
/// starts at its first request, a sliding one-second global window, and the X-RateLimit-* headers describing them.
/// </summary>
internal sealed class FakeDiscordRateLimiter(FakeDiscordLimits limits, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Count, DateTimeOffset WindowEnd)> _buckets = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _global = new();

    public sealed record Decision(bool Allowed, bool Global, TimeSpan RetryAfter, IReadOnlyDictionary<string, string> Headers);

    public Decision Check(string template, string majorId, bool countsTowardGlobal)
    {
        var hash = BucketHash(template);
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var key = template + "|" + majorId;
            var (count, windowEnd) = _buckets.TryGetValue(key, out var state) && state.WindowEnd > now ? state : (0, now + limits.BucketWindow);
            while (_global.Count > 0 && _global.Peek() <= now - TimeSpan.FromSeconds(1))
            {
                _global.Dequeue();
            }

            if (count >= limits.PerBucket)
            {
                var retry = windowEnd - now;
                return new Decision(false, false, retry, Headers(hash, limits.PerBucket, 0, retry, now, limited: retry, scope: "user"));
            }

            if (countsTowardGlobal && _global.Count >= limits.Global)
            {
                var retry = _global.Peek() + TimeSpan.FromSeconds(1) - now;
                var headers = new Dictionary<string, string>(Headers(hash, limits.PerBucket, limits.PerBucket - count, windowEnd - now, now, retry, "global"))
                {
                    ["X-RateLimit-Global"] = "true",
                };
                return new Decision(false, true, retry, headers);
            }

            if (countsTowardGlobal)
            {
                _global.Enqueue(now);
            }

            _buckets[key] = (count + 1, windowEnd);
            return new Decision(true, false, TimeSpan.Zero, Headers(hash, limits.PerBucket, limits.PerBucket - count - 1, windowEnd - now, now, null, null));
        }
    }

    private static Dictionary<string, string> Headers(string hash, int limit, int remaining, TimeSpan resetAfter, DateTimeOffset now, TimeSpan? limited, string? scope)
    {
        var headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = Seconds(resetAfter),
            ["X-RateLimit-Reset"] = Seconds(now + resetAfter - DateTimeOffset.UnixEpoch),
            ["X-RateLimit-Bucket"] = hash,
        };
        if (limited is { } retry)
        {
            headers["Retry-After"] = Math.Ceiling(retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Scope"] = scope!;
        }

        return headers;
    }

    // Rounded up to the millisecond, as Discord does, so a client that waits this long is never early.
    internal static string Seconds(TimeSpan span) =>
        (Math.Ceiling(Math.Max(0, span.TotalMilliseconds)) / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);

    private static string BucketHash(string template) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(template)))[..16];
}
