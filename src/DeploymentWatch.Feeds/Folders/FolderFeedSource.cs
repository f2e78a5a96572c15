using DeploymentWatch.Application.Polling;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>A local article folder as a feed: every read returns all articles; the seen-item store drops repeats.</summary>
public sealed class FolderFeedSource(ArticleFolderReader reader, IOptions<FeedsOptions> options)
{
    public async Task<FeedFetchResult> FetchAsync(string folder, FeedDefinition feed, CancellationToken cancellationToken)
    {
        var (opened, error) = await OpenAsync(folder, feed, cancellationToken);
        if (opened is null)
        {
            return FeedFetchResult.Failed(error!);
        }

        try
        {
            return FeedFetchResult.Fetched(opened.Read(0, opened.Count, cancellationToken), null, null, null);
        }
        catch (ArticleFolderException ex)
        {
            return FeedFetchResult.Failed(ex.Message);
        }
    }

    /// <summary>The folder listed, under the same size cap as a whole read, for a caller that reads it a run of files at a time; or why not.</summary>
    public async Task<(ArticleFolder? Folder, string? Error)> OpenAsync(string folder, FeedDefinition feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        try
        {
            // The whole folder is one feed body: the same size cap as a fetched document, checked before any article is read.
            var maxBytes = options.Value.MaxBytes;
            var opened = await reader.OpenAsync(folder, feed.Outlet, cancellationToken);
            return opened.TotalBytes > maxBytes ? (null, $"folder larger than {ReadableUnits.Bytes(maxBytes)} of articles: {folder}") : (opened, null);
        }
        catch (ArticleFolderException ex)
        {
            // The reader turns the file system's errors into these, naming the folder.
            return (null, ex.Message);
        }
    }
}
