using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// What every feed body goes through, fetched or read from disk: hash (unchanged → not modified, nothing parsed),
/// decode, safety and shape check (with one lenient pass), parse.
/// </summary>
internal sealed class FeedBodyProcessor(XmlFeedInspector inspector)
{
    /// <param name="body">The bytes as received.</param>
    /// <param name="feed">The feed being read.</param>
    /// <param name="state">Its stored state (the previous body hash).</param>
    /// <param name="response">What the server said beside the body: validators, charset, the final URL.</param>
    public FeedFetchResult Process(ReadOnlySpan<byte> body, FeedDefinition feed, FeedState state, FeedBodyContext response)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(response);
        var hash = BodyHash.Compute(body);
        if (BodyHash.AreEqual(state.BodyHash, hash))
        {
            return FeedFetchResult.NotModified(response.ETag, response.LastModified, hash);
        }

        var decoded = XmlFeedText.Decode(body, response.Charset, out var encodingProblem);
        if (decoded is null)
        {
            return FeedFetchResult.Failed(encodingProblem!);
        }

        var text = inspector.Inspect(decoded, out var problem);
        if (text is null)
        {
            return FeedFetchResult.Failed(problem!);
        }

        try
        {
            return FeedFetchResult.Fetched(SyndicationParser.Parse(text, feed.Outlet, response.BaseUrl), response.ETag, response.LastModified, hash);
        }
#pragma warning disable CA1031 // The library throws bare Exception (and NullReferenceException on odd roots); a bad feed must come back as Failed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return FeedFetchResult.Failed($"could not read feed: {ReadableUnits.OneLine(ex.Message)}");
        }
    }
}
