namespace DeploymentWatch.Application.Polling;

/// <summary>Feed state rows (validators, backoff). Missing feeds read as <see cref="FeedState.New"/>.</summary>
public interface IFeedStateStore
{
    Task<FeedState> GetAsync(string feedId, CancellationToken cancellationToken);

    Task SaveAsync(FeedState state, CancellationToken cancellationToken);
}
