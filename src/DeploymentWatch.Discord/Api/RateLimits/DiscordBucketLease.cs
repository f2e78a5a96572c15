namespace DeploymentWatch.Discord.Api.RateLimits;

/// <summary>The right to send one request in a bucket; <see cref="Complete"/> records the response and lets the next go.</summary>
internal sealed class DiscordBucketLease : IDisposable
{
    private readonly DiscordRateLimiter _limiter;
    private readonly DiscordRoute _route;
    private readonly DiscordBucket _bucket;
    private bool _released;

    public DiscordBucketLease(DiscordRateLimiter limiter, DiscordRoute route, DiscordBucket bucket)
    {
        _limiter = limiter;
        _route = route;
        _bucket = bucket;
    }

    /// <summary>Learns from the response's headers (null: no response, e.g. a timeout) and releases the bucket.</summary>
    public void Complete(DiscordRateLimitHeaders? headers, bool rateLimited)
    {
        if (_released)
        {
            return;
        }

        _released = true;
        _limiter.Complete(_route, _bucket, headers, rateLimited);
    }

    public void Dispose() => Complete(null, false);
}
