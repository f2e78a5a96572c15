using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>A local article folder as a feed: every read returns all articles; the seen-item store drops repeats.</summary>
internal sealed class FolderFeedSource(ArticleFolderReader reader)
{
    public async Task<FeedFetchResult> FetchAsync(string folder, FeedDefinition feed, CancellationToken cancellationToken)
    {
        try
        {
            return FeedFetchResult.Fetched(await reader.ReadAsync(folder, feed.Outlet, cancellationToken), null, null, null);
        }
        catch (ArticleFolderException ex)
        {
            return FeedFetchResult.Failed(ex.Message);
        }
    }
}
