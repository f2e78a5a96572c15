using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// What every feed body goes through, fetched or read from disk: hash (unchanged → not modified, nothing parsed),
/// decode, safety and shape check, parse.
/// </summary>
internal sealed class FeedBodyProcessor(XmlFeedInspector inspector)
{
    public FeedFetchResult Process(ReadOnlySpan<byte> body, FeedDefinition feed, FeedState state, string? etag, string? lastModified)
    {
        var hash = BodyHash.Compute(body);
        if (BodyHash.AreEqual(state.BodyHash, hash))
        {
            return FeedFetchResult.NotModified(etag, lastModified, hash);
        }

        var text = XmlFeedText.Decode(body);
        if (inspector.Inspect(text) is { } problem)
        {
            return FeedFetchResult.Failed(problem);
        }

        try
        {
            return FeedFetchResult.Fetched(SyndicationParser.Parse(text, feed.Outlet), etag, lastModified, hash);
        }
#pragma warning disable CA1031 // The library throws bare Exception (and NullReferenceException on odd roots); a bad feed must come back as Failed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return FeedFetchResult.Failed($"could not read feed: {ReadableUnits.OneLine(ex.Message)}");
        }
    }
}
