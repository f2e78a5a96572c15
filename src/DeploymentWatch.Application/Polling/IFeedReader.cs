namespace DeploymentWatch.Application.Polling;

/// <summary>
/// Reads one feed (URL, feed file or article folder). Never throws for a bad feed: an unreachable host, a timeout,
/// an oversized or malformed body all come back as <see cref="FeedFetchStatus.Failed"/> with a clear reason.
/// Cancellation is the only exception that escapes.
/// </summary>
public interface IFeedReader
{
    Task<FeedFetchResult> FetchAsync(FeedDefinition feed, FeedState state, CancellationToken cancellationToken);
}
