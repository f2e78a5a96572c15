using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Application.Polling;

/// <summary>
/// Politeness per host: at most <see cref="PollingOptions.MaxPerHost"/> requests in flight to one host, and their
/// starts at least <see cref="PollingOptions.HostSpacing"/> apart, however many of its feeds are due at once.
/// Local sources are not throttled. One per process (a singleton), shared by every poll.
/// </summary>
public sealed class HostGate(IOptions<PollingOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the feed's host to take one more request; dispose the result when the request is done.</summary>
    public async Task<IDisposable> EnterAsync(FeedDefinition feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (!feed.IsRemote || !Uri.TryCreate(feed.Source, UriKind.Absolute, out var url))
        {
            return Ticket.None;
        }

        var settings = options.Value;
        var host = _hosts.GetOrAdd(url.Authority, _ => new Host(settings.MaxPerHost));
        await host.Slots.WaitAsync(cancellationToken);
        try
        {
            var wait = host.Reserve(time.GetUtcNow(), settings.HostSpacing);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            return new Ticket(host.Slots);
        }
        catch
        {
            host.Slots.Release();
            throw;
        }
    }

    private sealed class Host(int slots)
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

        public SemaphoreSlim Slots { get; } = new(slots, slots);

        /// <summary>Books the next start time for this host and returns how long to wait for it.</summary>
        public TimeSpan Reserve(DateTimeOffset now, TimeSpan spacing)
        {
            lock (_gate)
            {
                var start = _nextStart > now ? _nextStart : now;
                _nextStart = start + spacing;
                return start - now;
            }
        }
    }

    private sealed class Ticket(SemaphoreSlim? slots) : IDisposable
    {
        public static readonly Ticket None = new(null);

        private SemaphoreSlim? _slots = slots;

        public void Dispose() => Interlocked.Exchange(ref _slots, null)?.Release();
    }
}
