namespace DeploymentWatch.Discord.Api.RateLimits;

/// <summary>
/// Discord's global limit (50 requests/s per bot). A request holds a slot from the moment it is sent until one
/// second after its response: Discord counts a request when it arrives, which is somewhere between the two, so
/// counting it until then means no second on Discord's clock ever holds more than the limit, however long a
/// request spent in transit. A global 429 pauses everything until its retry_after.
/// </summary>
internal sealed class DiscordGlobalLimiter(int requestsPerSecond, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _completed = new();
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private DateTimeOffset _pausedUntil;

    /// <summary>Waits for a slot; returns null when taken (call <see cref="Release"/> after the response), or the wait still needed when it would pass <paramref name="deadline"/>.</summary>
    public async Task<TimeSpan?> AcquireAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            DateTimeOffset now;
            Task released;
            lock (_gate)
            {
                now = timeProvider.GetUtcNow();
                while (_completed.Count > 0 && _completed.Peek() <= now - Window)
                {
                    _completed.Dequeue();
                }

                released = _released.Task;
                if (_pausedUntil > now)
                {
                    wait = _pausedUntil - now;
                }
                else if (_inFlight + _completed.Count < requestsPerSecond)
                {
                    _inFlight++;
                    return null;
                }
                else
                {
                    // All slots in flight: the first response frees one a second later, so at least that long.
                    wait = _completed.Count > 0 ? _completed.Peek() + Window - now : Window;
                }
            }

            if (now + wait > deadline)
            {
                return wait;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(Task.Delay(wait, timeProvider, stop.Token), released);
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The request that took a slot has its response (or gave up); its slot frees one window from now.</summary>
    public void Release()
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            _inFlight--;
            _completed.Enqueue(timeProvider.GetUtcNow());
            released = _released;
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        released.TrySetResult();
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
