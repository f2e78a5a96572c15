using DeploymentWatch.Application.Polling;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>A local article folder as a feed: every read returns all articles; the seen-item store drops repeats.</summary>
public sealed class FolderFeedSource(ArticleFolderReader reader, IOptions<FeedsOptions> options)
{
    public async Task<FeedFetchResult> FetchAsync(string folder, FeedDefinition feed, CancellationToken cancellationToken)
    {
        try
        {
            // The whole folder is one feed body: the same size cap as a fetched document.
            var maxBytes = options.Value.MaxBytes;
            if (ArticleFolderReader.TotalBytes(folder) > maxBytes)
            {
                return FeedFetchResult.Failed($"folder larger than {ReadableUnits.Bytes(maxBytes)} of articles: {folder}");
            }

            return FeedFetchResult.Fetched(await reader.ReadAsync(folder, feed.Outlet, cancellationToken), null, null, null);
        }
        catch (ArticleFolderException ex)
        {
            return FeedFetchResult.Failed(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FeedFetchResult.Failed($"cannot read {folder}: {ReadableUnits.OneLine(ex.Message)}");
        }
    }
}
