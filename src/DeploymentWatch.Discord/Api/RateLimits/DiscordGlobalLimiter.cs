namespace DeploymentWatch.Discord.Api.RateLimits;

/// <summary>
/// Discord's global limit (50 requests/s per bot) as a sliding log of send times: no one-second interval ever holds
/// more than the limit, whatever window Discord counts in. A global 429 pauses everything until its retry_after.
/// The window is 10% longer than Discord's second: requests reach Discord a little after we count them, and a
/// burst that left us evenly spaced can arrive bunched.
/// </summary>
internal sealed class DiscordGlobalLimiter(int requestsPerSecond, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1.1);
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _sent = new();
    private DateTimeOffset _pausedUntil;

    /// <summary>Waits for a slot; returns null when taken, or the wait still needed when it would pass <paramref name="deadline"/>.</summary>
    public async Task<TimeSpan?> AcquireAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            DateTimeOffset now;
            lock (_gate)
            {
                now = timeProvider.GetUtcNow();
                while (_sent.Count > 0 && _sent.Peek() <= now - Window)
                {
                    _sent.Dequeue();
                }

                if (_pausedUntil > now)
                {
                    wait = _pausedUntil - now;
                }
                else if (_sent.Count < requestsPerSecond)
                {
                    _sent.Enqueue(now);
                    return null;
                }
                else
                {
                    wait = _sent.Peek() + Window - now;
                }
            }

            if (now + wait > deadline)
            {
                return wait;
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    public void Pause(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = timeProvider.GetUtcNow() + retryAfter;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }
}
