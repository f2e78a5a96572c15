using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.TestKit.Fakes;

/// <summary>A feed reader that answers from a script per feed id: items, not-modified, or a failure.</summary>
public sealed class FakeFeedReader : IFeedReader
{
    private readonly Dictionary<string, Func<FeedState, FeedFetchResult>> _answers = [];

    private readonly List<string> _fetched = [];

    /// <summary>The feeds read so far, in order (polls read feeds in parallel, so this is kept under a lock).</summary>
    public IReadOnlyList<string> Fetched
    {
        get
        {
            lock (_fetched)
            {
                return _fetched.ToArray();
            }
        }
    }

    public FakeFeedReader Serve(string feedId, params FeedItem[] items)
    {
        _answers[feedId] = _ => FeedFetchResult.Fetched(items, null, null, null);
        return this;
    }

    public FakeFeedReader Fail(string feedId, string reason)
    {
        _answers[feedId] = _ => FeedFetchResult.Failed(reason);
        return this;
    }

    public Task<FeedFetchResult> FetchAsync(FeedDefinition feed, FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        lock (_fetched)
        {
            _fetched.Add(feed.Id);
        }

        return Task.FromResult(_answers.TryGetValue(feed.Id, out var answer) ? answer(state) : FeedFetchResult.Failed("no such feed in the fake"));
    }
}
