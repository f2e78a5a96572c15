namespace DeploymentWatch.Application.Polling;

/// <summary>
/// Which items of a feed were already taken in, as <see cref="SeenKey"/>s: an item is known when its id key or its
/// title key was seen, so publishers that rotate guids or bump dates never cause repeats. New items are recorded
/// by the story planner in the transaction that stores their alerts (<see cref="Stories.IStoryBatchStore"/>).
/// </summary>
public interface ISeenItemStore
{
    /// <summary>The keys among <paramref name="keys"/> that were recorded.</summary>
    Task<IReadOnlySet<long>> FindAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken);

    /// <summary>Records keys (known ones are left as they are); for items taken in outside the planner.</summary>
    Task MarkAsync(IReadOnlyCollection<long> keys, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>
    /// Sets seen_at to <paramref name="seenAt"/> on the known keys last refreshed before <paramref name="staleBefore"/>:
    /// an item the feed still lists is kept past the retention horizon, so it is never taken in twice.
    /// </summary>
    Task<int> RefreshAsync(IReadOnlyCollection<long> keys, DateTimeOffset seenAt, DateTimeOffset staleBefore, CancellationToken cancellationToken);
}
