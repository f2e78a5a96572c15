using DeploymentWatch.Application.Polling;
using DeploymentWatch.TestKit.Fakes;

namespace DeploymentWatch.Application.Tests.Polling;

public class UnrecordedPollTests
{
    [Fact]
    public async Task PollAsync_StoreRefusesOneFeedsState_OtherFeedsStillTakenInAndTheFeedIsReported()
    {
        var store = new InMemoryStore();
        var pipeline = new Pipeline(store, feedStates: new RefusingSave(store, "locked"));
        pipeline.Reader.Serve("locked", Pipeline.Satellite()).Serve("news", Pipeline.Casualties());

        var (poll, _) = await pipeline.Cycle(Pipeline.Feed("locked"), Pipeline.Feed("news"));

        // The other feed's alert is stored and its state saved; the refused one is a failure with the reason.
        Assert.Contains(poll.Alerts, a => a.FeedId == "news");
        var failure = Assert.Single(poll.Failures);
        Assert.Equal("locked", failure.FeedId);
        Assert.Contains("database is locked", failure.Reason, StringComparison.Ordinal);
        Assert.NotNull((await store.GetAsync("news", CancellationToken.None)).LastPolledAt);
    }

    /// <summary>A feed-state store whose writer is busy for one feed, as SQLite's is past its busy timeout.</summary>
    private sealed class RefusingSave(InMemoryStore inner, string feedId) : IFeedStateStore
    {
        public Task<FeedState> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

        public Task SaveAsync(FeedState state, CancellationToken cancellationToken) =>
            string.Equals(state.FeedId, feedId, StringComparison.Ordinal)
                ? throw new InvalidOperationException("database is locked")
                : inner.SaveAsync(state, cancellationToken);

        public Task RegisterAsync(IReadOnlyCollection<string> feedIds, CancellationToken cancellationToken) => inner.RegisterAsync(feedIds, cancellationToken);

        public Task<IReadOnlyList<FeedState>> ClaimDueAsync(FeedClaimRequest request, CancellationToken cancellationToken) =>
            inner.ClaimDueAsync(request, cancellationToken);

        public Task RenewAsync(IReadOnlyCollection<string> feedIds, string owner, DateTimeOffset claimedUntil, CancellationToken cancellationToken) =>
            inner.RenewAsync(feedIds, owner, claimedUntil, cancellationToken);

        public Task ReleaseAsync(IReadOnlyCollection<string> feedIds, string owner, CancellationToken cancellationToken) =>
            inner.ReleaseAsync(feedIds, owner, cancellationToken);
    }
}
