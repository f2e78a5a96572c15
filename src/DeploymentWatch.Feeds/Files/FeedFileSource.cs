using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Parsing;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Files;

/// <summary>An RSS/Atom document on disk: size-capped read, then the same checks and hash short-circuit as a fetched body.</summary>
internal sealed class FeedFileSource(FeedBodyProcessor processor, IOptions<FeedsOptions> options)
{
    public async Task<FeedFetchResult> FetchAsync(string path, FeedDefinition feed, FeedState state, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxBytes;
        var tooLarge = $"file larger than {ReadableUnits.Bytes(maxBytes)}: {path}";
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 81920, useAsync: true);
            if (stream.Length > maxBytes)
            {
                return FeedFetchResult.Failed(tooLarge);
            }

            // Read up to the cap even though the length was checked: the file may grow while it is read.
            var body = await Http.BoundedBody.ReadAsync(stream, maxBytes, cancellationToken);
            return body is { } bytes ? processor.Process(bytes.Span, feed, state, FeedBodyContext.None) : FeedFetchResult.Failed(tooLarge);
        }
        catch (FileNotFoundException)
        {
            return FeedFetchResult.Failed($"feed file not found: {path}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FeedFetchResult.Failed($"cannot read {path}: {ReadableUnits.OneLine(ex.Message)}");
        }
    }
}
