using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Polling;

public abstract class FeedClaimTests : StorageTestBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private IFeedStateStore Store => Storage.Get<IFeedStateStore>();

    [Fact]
    public async Task ClaimDueAsync_NewFeeds_AreClaimedOnceUntilTheLeaseEnds()
    {
        await Store.RegisterAsync(["a", "b"], CancellationToken.None);

        var first = await Store.ClaimDueAsync(Request("p1", TestData.T0), CancellationToken.None);
        var second = await Store.ClaimDueAsync(Request("p2", TestData.T0.AddMinutes(1)), CancellationToken.None);
        var afterLease = await Store.ClaimDueAsync(Request("p2", TestData.T0 + Lease), CancellationToken.None);

        Assert.Equal(["a", "b"], first.Select(s => s.FeedId));
        Assert.Empty(second);
        Assert.Equal(["a", "b"], afterLease.Select(s => s.FeedId));
    }

    [Fact]
    public async Task ClaimDueAsync_FeedNotDue_IsClaimedOnlyWhenTheScheduleIsIgnored()
    {
        await Store.SaveAsync(FeedState.New("a") with { NextAttemptAt = TestData.T0.AddMinutes(15), ETag = "\"e\"" }, CancellationToken.None);

        Assert.Empty(await Store.ClaimDueAsync(Request("p1", TestData.T0), CancellationToken.None));
        var forced = await Store.ClaimDueAsync(Request("p1", TestData.T0) with { IgnoreSchedule = true }, CancellationToken.None);

        Assert.Equal("\"e\"", Assert.Single(forced).ETag);
    }

    [Fact]
    public async Task SaveAsync_EndsTheClaim()
    {
        await Store.RegisterAsync(["a"], CancellationToken.None);
        var claimed = Assert.Single(await Store.ClaimDueAsync(Request("p1", TestData.T0), CancellationToken.None));

        await Store.SaveAsync(claimed with { NextAttemptAt = TestData.T0 }, CancellationToken.None);

        Assert.Single(await Store.ClaimDueAsync(Request("p2", TestData.T0), CancellationToken.None));
    }

    [Fact]
    public async Task RenewAndRelease_TouchOnlyTheOwnersClaims()
    {
        await Store.RegisterAsync(["a", "b"], CancellationToken.None);
        await Store.ClaimDueAsync(Request("p1", TestData.T0) with { FeedIds = ["a"] }, CancellationToken.None);
        await Store.ClaimDueAsync(Request("p2", TestData.T0) with { FeedIds = ["b"] }, CancellationToken.None);

        await Store.RenewAsync(["a", "b"], "p1", TestData.T0.AddHours(1), CancellationToken.None);
        await Store.ReleaseAsync(["a", "b"], "p2", CancellationToken.None);

        var later = await Store.ClaimDueAsync(Request("p3", TestData.T0 + Lease), CancellationToken.None);
        Assert.Equal(["b"], later.Select(s => s.FeedId));
    }

    [Fact]
    public async Task ClaimDueAsync_OnlyListedFeeds_AndAtMostTheLimit()
    {
        await Store.RegisterAsync(["a", "b", "c", "retired"], CancellationToken.None);

        var claimed = await Store.ClaimDueAsync(Request("p1", TestData.T0) with { FeedIds = ["a", "b", "c"], Limit = 2 }, CancellationToken.None);

        Assert.Equal(2, claimed.Count);
        Assert.DoesNotContain(claimed, s => s.FeedId == "retired");
    }

    [Fact]
    public async Task ClaimDueAsync_ConcurrentClaimers_NeverShareAFeed()
    {
        var feeds = Enumerable.Range(0, 200).Select(i => "feed-" + i).ToArray();
        await Store.RegisterAsync(feeds, CancellationToken.None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(p => Task.Run(() =>
            Store.ClaimDueAsync(Request("p" + p, TestData.T0) with { FeedIds = feeds, Limit = 50 }, CancellationToken.None))));

        var all = claims.SelectMany(c => c).Select(s => s.FeedId).ToArray();
        Assert.Equal(all.Length, all.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(200, all.Length);
    }

    [Fact]
    public async Task RegisterAsync_KnownFeed_KeepsItsState()
    {
        var state = FeedState.New("a") with { ETag = "\"e\"", ConsecutiveFailures = 2 };
        await Store.SaveAsync(state, CancellationToken.None);

        await Store.RegisterAsync(["a", "b"], CancellationToken.None);

        Assert.Equal(state, await Store.GetAsync("a", CancellationToken.None));
        Assert.Equal(2, await Storage.CountAsync("feed_state"));
    }

    private static FeedClaimRequest Request(string owner, DateTimeOffset now) =>
        new(["a", "b"], owner, now, Lease, IgnoreSchedule: false, Limit: 100);

    public sealed class Sqlite : FeedClaimTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : FeedClaimTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
