using System.Collections.Concurrent;

namespace DeploymentWatch.Application.Polling;

/// <summary>
/// One poll of a feed at a time in this process, even when the scheduler and a manual run overlap; shared by every
/// scope's <see cref="FeedPoller"/> (the scheduler's own cross-instance guard is DisallowConcurrentExecution).
/// </summary>
public sealed class FeedLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public SemaphoreSlim For(string feedId) => _locks.GetOrAdd(feedId, _ => new SemaphoreSlim(1, 1));
}
