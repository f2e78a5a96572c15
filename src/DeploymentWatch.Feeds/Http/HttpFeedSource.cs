using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Parsing;

namespace DeploymentWatch.Feeds.Http;

/// <summary>A feed behind an http(s) URL: conditional GET, then the shared body processing.</summary>
internal sealed class HttpFeedSource(IFeedHttpClient client, FeedBodyProcessor processor)
{
    public async Task<FeedFetchResult> FetchAsync(FeedDefinition feed, FeedState state, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(feed.Source, UriKind.Absolute, out var url))
        {
            return FeedFetchResult.Failed($"not a valid URL: {feed.Source}");
        }

        var response = await client.GetAsync(url, state, cancellationToken);
        return response.Outcome switch
        {
            // A 304 may omit validators; the ones we sent are still the current ones.
            HttpFeedOutcome.NotModified => FeedFetchResult.NotModified(response.ETag ?? state.ETag, response.LastModified ?? state.LastModified, state.BodyHash),
            HttpFeedOutcome.Failed => FeedFetchResult.Failed(response.Error ?? "fetch failed"),
            _ => processor.Process(
                response.Body.Span, feed, state, new FeedBodyContext(response.ETag, response.LastModified, XmlFeedText.CharsetOf(response.ContentType), response.FinalUrl ?? url)),
        };
    }
}
