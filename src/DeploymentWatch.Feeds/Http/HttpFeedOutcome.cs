namespace DeploymentWatch.Feeds.Http;

internal enum HttpFeedOutcome
{
    Body,
    NotModified,
    Failed,
}
