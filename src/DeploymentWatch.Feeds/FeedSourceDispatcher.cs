using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Files;
using DeploymentWatch.Feeds.Folders;
using DeploymentWatch.Feeds.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds;

/// <summary>
/// The <see cref="IFeedReader"/>: sends each feed to the source its <see cref="FeedDefinition.Source"/> names
/// (http(s) URL, feed file, article folder). Every failure comes back as <see cref="FeedFetchStatus.Failed"/>;
/// only the caller's cancellation escapes.
/// </summary>
internal sealed class FeedSourceDispatcher(
    HttpFeedSource http,
    FeedFileSource file,
    FolderFeedSource folder,
    LocalReadGuard local,
    IOptions<FeedsOptions> options,
    ILogger<FeedSourceDispatcher> logger) : IFeedReader
{
    public async Task<FeedFetchResult> FetchAsync(FeedDefinition feed, FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(state);
        FeedFetchResult result;
        try
        {
            result = await DispatchAsync(feed, state, cancellationToken);
        }
#pragma warning disable CA1031 // Last line of the "never throws for a bad feed" contract: a bug in one feed's path must not stop the poll.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            result = FeedFetchResult.Failed($"unexpected {ex.GetType().Name}: {ReadableUnits.OneLine(ex.Message)}");
        }

        if (result.Status == FeedFetchStatus.Failed)
        {
            // Debug only: the poller logs the failure once, with its retry time, when the feed starts failing.
            logger.LogDebug("Feed {FeedId} failed: {Reason}", feed.Id, result.Error);
        }
        else
        {
            logger.LogDebug("Feed {FeedId}: {Status}, {Count} items", feed.Id, result.Status, result.Items.Count);
        }

        return result;
    }

    private Task<FeedFetchResult> DispatchAsync(FeedDefinition feed, FeedState state, CancellationToken cancellationToken)
    {
        if (feed.IsRemote)
        {
            return http.FetchAsync(feed, state, cancellationToken);
        }

        return local.ReadAsync(feed.Source, options.Value.Timeout, () => ReadLocalAsync(feed, state, cancellationToken), cancellationToken);
    }

    private Task<FeedFetchResult> ReadLocalAsync(FeedDefinition feed, FeedState state, CancellationToken cancellationToken)
    {
        var source = feed.Source;
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1)
        {
            if (!uri.IsFile)
            {
                return Task.FromResult(FeedFetchResult.Failed($"unsupported source scheme \"{uri.Scheme}\" (use http, https or a local path)"));
            }

            source = uri.LocalPath;
        }

        var path = Path.GetFullPath(source);
        if (Directory.Exists(path))
        {
            return folder.FetchAsync(path, feed, cancellationToken);
        }

        if (File.Exists(path))
        {
            return file.FetchAsync(path, feed, state, cancellationToken);
        }

        return Task.FromResult(FeedFetchResult.Failed(Path.HasExtension(path) ? $"feed file not found: {path}" : $"folder not found: {path}"));
    }
}
