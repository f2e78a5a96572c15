using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Feeds.Http;

/// <summary>One conditional GET of a feed URL, bounded in time and size; never throws except for the caller's cancellation.</summary>
internal interface IFeedHttpClient
{
    Task<HttpFeedResponse> GetAsync(Uri url, FeedState state, CancellationToken cancellationToken);
}
