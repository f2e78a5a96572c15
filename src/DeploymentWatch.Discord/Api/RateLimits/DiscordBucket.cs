namespace DeploymentWatch.Discord.Api.RateLimits;

/// <summary>
/// One rate-limit bucket. Requests in a bucket go one at a time (<see cref="Turn"/>), so every response's
/// Remaining/Reset-After describes the bucket exactly, an unknown bucket admits one request until headers arrive,
/// and alerts reach a channel in the order they were sent.
/// </summary>
internal sealed class DiscordBucket
{
    /// <summary>
    /// Added to every reset: timers may fire a millisecond early and Discord rounds Reset-After to milliseconds, and a
    /// request that lands a hair before the window turns is a 429 that counts toward the invalid-request ban.
    /// </summary>
    public static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(25);

    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>Requests left in the window, or null when unknown (a new bucket or a window that has reset).</summary>
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    // Guarded by the registry lock in DiscordRateLimiter: a bucket in use is never swept.
    public int Users { get; set; }

    public DateTimeOffset LastUsed { get; set; }

    /// <summary>How long until a request may go, given <paramref name="now"/>; zero when it may go now.</summary>
    public TimeSpan WaitBeforeSend(DateTimeOffset now)
    {
        if (Remaining is 0 && ResetAt > now)
        {
            return ResetAt - now;
        }

        if (ResetAt <= now)
        {
            Remaining = null;
        }

        return TimeSpan.Zero;
    }

    public void Update(DiscordRateLimitHeaders headers, bool rateLimited, DateTimeOffset now)
    {
        if (rateLimited)
        {
            Remaining = 0;
            ResetAt = now + (headers.RetryAfter ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1)) + ResetMargin;
            return;
        }

        if (headers.Remaining is { } remaining)
        {
            Remaining = remaining;
        }

        if (headers.ResetAfter is { } resetAfter)
        {
            ResetAt = now + resetAfter + ResetMargin;
        }
    }
}
