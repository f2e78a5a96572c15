using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds;
using DeploymentWatch.Feeds.Files;
using DeploymentWatch.Feeds.Folders;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Cli;

/// <summary>
/// What `scan` and `explain` accept: an article .txt file (with its folder's index.yaml), a folder of articles, a
/// feed file, or a feed URL. Failures come back as a reason, never an exception. The feed reader (HTTP client,
/// XML parsing) is asked for only when a source needs it: a folder or an article file never builds it.
/// </summary>
internal sealed class CommandLineSources(
    FolderFeedSource folderSource, ArticleFolderReader folders, LocalReadGuard guard, FeedsOptions options, Func<IFeedReader> feeds)
{
    public static CommandLineSources Create(IServiceProvider services) => new(
        services.GetRequiredService<FolderFeedSource>(),
        services.GetRequiredService<ArticleFolderReader>(),
        services.GetRequiredService<LocalReadGuard>(),
        services.GetRequiredService<IOptions<FeedsOptions>>().Value,
        services.GetRequiredService<IFeedReader>);

    public async Task<(FeedDefinition Feed, IReadOnlyList<FeedItem> Items, string? Error)> ReadAsync(string source, int index, CancellationToken cancellationToken)
    {
        var isUrl = source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var location = isUrl ? source : Path.GetFullPath(source);
        var feed = new FeedDefinition($"scan-{index}", location, null, null, null);
        if (!isUrl && File.Exists(location) && location.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var folder = Path.GetDirectoryName(location)!;
                var items = await folders.ReadAsync(folder, null, cancellationToken);
                var item = items.First(i => string.Equals(i.ItemGuid, Path.GetFileName(location), StringComparison.Ordinal));
                return (feed with { Source = folder }, [item], null);
            }
            catch (ArticleFolderException ex)
            {
                return (feed, [], ex.Message);
            }
        }

        if (!isUrl && !File.Exists(location) && !Directory.Exists(location))
        {
            return (feed, [], $"no such file or folder: {location}");
        }

        // A folder is read as the feed reader reads one, under the same time limit, without building the reader.
        var result = !isUrl && Directory.Exists(location)
            ? await guard.ReadAsync(location, options.Timeout, () => folderSource.FetchAsync(location, feed, cancellationToken), cancellationToken)
            : await feeds().FetchAsync(feed, FeedState.New(feed.Id), cancellationToken);
        return result.Status == FeedFetchStatus.Failed ? (feed, [], result.Error) : (feed, result.Items, null);
    }
}
