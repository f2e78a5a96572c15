using System.Collections.Concurrent;

namespace DeploymentWatch.Slack.Alerts;

/// <summary>
/// Slack allows about one message per second per channel. Each channel has its own gate, so a slow or throttled
/// channel waits alone while the others keep posting.
/// </summary>
internal sealed class SlackChannelPacer(TimeProvider timeProvider)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Gate> gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the channel's turn; dispose the lease after the post to start the next interval.</summary>
    public async Task<IDisposable> AcquireAsync(string channel, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(channel, static _ => new Gate());
        await gate.Lock.WaitAsync(cancellationToken);
        try
        {
            var wait = gate.NextAllowed - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken);
            }
        }
        catch
        {
            gate.Lock.Release();
            throw;
        }

        return new Lease(gate, timeProvider);
    }

    private sealed class Gate
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(Gate gate, TimeProvider timeProvider) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                gate.NextAllowed = timeProvider.GetUtcNow() + Interval;
                gate.Lock.Release();
            }
        }
    }
}
