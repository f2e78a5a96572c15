using System.Collections.Concurrent;

namespace DeploymentWatch.Application.Polling;

/// <summary>
/// What polling is doing now, for /healthz: the feeds being read and since when, and when the last poll finished.
/// One per process (a singleton); the poller reports to it, it decides nothing.
/// </summary>
public sealed class PollingActivity(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _inFlight = new(StringComparer.Ordinal);
    private long _lastFinishedTicks;

    /// <summary>Who this process is in feed claims: unique per process, readable in the database.</summary>
    public string Owner { get; } = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Feeds this process registered in the state store (done once per feed list).</summary>
    internal string? RegisteredFeeds { get; set; }

    public DateTimeOffset? LastPollFinishedAt =>
        Interlocked.Read(ref _lastFinishedTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public IReadOnlyCollection<string> InFlight => _inFlight.Keys.ToArray();

    /// <summary>The feed whose current poll started longest ago, if it started before <paramref name="stuckAfter"/> ago.</summary>
    public (string FeedId, TimeSpan For)? Stuck(TimeSpan stuckAfter)
    {
        var now = time.GetUtcNow();
        var oldest = _inFlight.OrderBy(p => p.Value).FirstOrDefault();
        return oldest.Key is not null && now - oldest.Value > stuckAfter ? (oldest.Key, now - oldest.Value) : null;
    }

    internal void Started(string feedId) => _inFlight[feedId] = time.GetUtcNow();

    internal void Finished(string feedId) => _inFlight.TryRemove(feedId, out _);

    internal void PollFinished() => Interlocked.Exchange(ref _lastFinishedTicks, time.GetUtcNow().UtcTicks);
}
