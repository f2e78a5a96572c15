namespace DeploymentWatch.Application.Polling;

public enum FeedFetchStatus
{
    Fetched,
    NotModified,
    Failed,
}
