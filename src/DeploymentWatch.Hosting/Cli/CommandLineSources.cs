using System.Runtime.CompilerServices;
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

    /// <summary>
    /// The source's items a run at a time, in order, each with the source's item count; an error ends the runs. A
    /// folder is read <paramref name="runLength"/> files at a time, each run under the read time limit and the next
    /// read while the caller works on the current one; any other source is one run.
    /// </summary>
    public async IAsyncEnumerable<SourceRun> ReadInRunsAsync(string source, int index, int runLength, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runLength, 1);
        var (isUrl, location, feed) = Locate(source, index);
        if (isUrl || !Directory.Exists(location))
        {
            var (whole, items, error) = await ReadAsync(source, index, cancellationToken);
            yield return new SourceRun(whole, items, items.Count, error);
            yield break;
        }

        var (folder, failure) = await guard.ReadAsync(
            location, options.Timeout, () => folderSource.OpenAsync(location, feed, cancellationToken), reason => (null, reason), cancellationToken);
        if (folder is null)
        {
            yield return new SourceRun(feed, [], 0, failure);
            yield break;
        }

        var next = ReadRunAsync(folder, feed, 0, runLength, cancellationToken);
        for (var start = 0; start < folder.Count || start == 0; start += runLength)
        {
            var run = await next;
            if (run.Error is null && start + runLength < folder.Count)
            {
                next = ReadRunAsync(folder, feed, start + runLength, runLength, cancellationToken);
            }

            yield return run;
            if (run.Error is not null)
            {
                yield break;
            }
        }
    }

    public async Task<(FeedDefinition Feed, IReadOnlyList<FeedItem> Items, string? Error)> ReadAsync(string source, int index, CancellationToken cancellationToken)
    {
        var (isUrl, location, feed) = Locate(source, index);
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

    /// <summary>Whether the source is a URL, where it is (a path made absolute), and the feed it is read as.</summary>
    private static (bool IsUrl, string Location, FeedDefinition Feed) Locate(string source, int index)
    {
        var isUrl = source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var location = isUrl ? source : Path.GetFullPath(source);
        return (isUrl, location, new FeedDefinition($"scan-{index}", location, null, null, null));
    }

    private Task<SourceRun> ReadRunAsync(ArticleFolder folder, FeedDefinition feed, int start, int runLength, CancellationToken cancellationToken)
    {
        var count = Math.Min(runLength, folder.Count - start);
        return guard.ReadAsync(
            folder.Path,
            options.Timeout,
            () =>
            {
                try
                {
                    return Task.FromResult(new SourceRun(feed, folder.Read(start, count, cancellationToken), folder.Count, null));
                }
                catch (ArticleFolderException ex)
                {
                    return Task.FromResult(new SourceRun(feed, [], folder.Count, ex.Message));
                }
            },
            reason => new SourceRun(feed, [], folder.Count, reason),
            cancellationToken);
    }
}
