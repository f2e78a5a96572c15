using DeploymentWatch.Application.Polling;
using DeploymentWatch.TestKit.Fakes;

namespace DeploymentWatch.Application.Tests.Polling;

/// <summary>Two pollers over one store stand for two processes on one database.</summary>
public class FeedClaimPollingTests
{
    private const string Story =
        "<p>North Korea may send more troops to Russia after heavy losses, South Korea's military said on Friday. "
        + "The spy agency said about 300 North Korean soldiers have been killed and 2,700 wounded in the Kursk region.</p>";

    [Fact]
    public async Task PollAsync_FeedClaimedByAnotherProcess_IsNotRead()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        await pipeline.Store.ClaimDueAsync(
            new FeedClaimRequest(["news"], "other-process", Pipeline.Start, TimeSpan.FromMinutes(2), IgnoreSchedule: true, Limit: 10),
            CancellationToken.None);

        var (poll, _) = await pipeline.Cycle();

        Assert.Empty(pipeline.Reader.Fetched);
        Assert.Equal(0, poll.FeedsPolled);
    }

    [Fact]
    public async Task PollAsync_ClaimOfADeadProcess_IsTakenOverWhenItsLeaseEnds()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        await pipeline.Store.ClaimDueAsync(
            new FeedClaimRequest(["news"], "dead-process", Pipeline.Start, TimeSpan.FromMinutes(2), IgnoreSchedule: true, Limit: 10),
            CancellationToken.None);

        pipeline.Time.Advance(TimeSpan.FromMinutes(2));
        var (poll, _) = await pipeline.Cycle();

        Assert.Single(poll.Alerts);
        Assert.Null(pipeline.Store.ClaimOf("news"));
    }

    [Fact]
    public async Task PollAsync_TwoProcessesPollTheSameFeedsAtOnce_EachItemIsAlertedOnce()
    {
        var store = new InMemoryStore();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Pipeline.Start);
        var first = new Pipeline(store, time);
        var second = new Pipeline(store, time);
        var feeds = Enumerable.Range(0, 4).Select(f => Pipeline.Feed("feed-" + f)).ToArray();
        foreach (var pipeline in new[] { first, second })
        {
            foreach (var feed in feeds)
            {
                pipeline.Reader.Serve(feed.Id, Copies(feed.Id, 10));
            }
        }

        var polls = await Task.WhenAll(
            Task.Run(() => first.Poller.PollAsync(feeds, ignoreSchedule: true, CancellationToken.None)),
            Task.Run(() => second.Poller.PollAsync(feeds, ignoreSchedule: true, CancellationToken.None)));

        var alerts = await store.CreatedSinceAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(40, alerts.Count);
        Assert.Equal(40, polls.Sum(p => p.Alerts.Count));
        Assert.Single(alerts, a => a.StoryId is null);
    }

    [Fact]
    public async Task PollAsync_TwoProcessesSplitTheFeedsOfOneStory_TheStoryIsOpenedOnce()
    {
        var store = new InMemoryStore();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Pipeline.Start);
        var first = new Pipeline(store, time);
        var second = new Pipeline(store, time);
        first.Reader.Serve("a", Copies("a", 5)).Serve("b", Copies("b", 5));
        second.Reader.Serve("c", Copies("c", 5)).Serve("d", Copies("d", 5));

        await Task.WhenAll(
            Task.Run(() => first.Poller.PollAsync([Pipeline.Feed("a"), Pipeline.Feed("b")], ignoreSchedule: true, CancellationToken.None)),
            Task.Run(() => second.Poller.PollAsync([Pipeline.Feed("c"), Pipeline.Feed("d")], ignoreSchedule: true, CancellationToken.None)));

        var alerts = await store.CreatedSinceAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(20, alerts.Count);
        var root = Assert.Single(alerts, a => a.StoryId is null);
        Assert.All(alerts.Where(a => a.StoryId is not null), a => Assert.Equal(root.Id, a.StoryId));
    }

    [Fact]
    public async Task PollAsync_ItemListedTwiceUnderNewGuids_IsTakenInOnce()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties("c1"), Pipeline.Casualties("c1-again"));

        var (poll, _) = await pipeline.Cycle();

        Assert.Equal(1, poll.NewItems);
        Assert.Single(poll.Alerts);
    }

    [Fact]
    public async Task PollAsync_SeenItemStillListed_IsRefreshedSoRetentionKeepsIt()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        await pipeline.Cycle();
        var key = SeenKey.ForItem("news", Assert.Single(await pipeline.Store.CreatedSinceAsync(DateTimeOffset.MinValue, CancellationToken.None)).ItemId);

        pipeline.Time.Advance(TimeSpan.FromDays(10));
        await pipeline.Cycle();

        Assert.Equal(Pipeline.Start.AddDays(10), pipeline.Store.SeenKeys[key]);
    }

    private static FeedItem[] Copies(string feed, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new FeedItem($"{feed}-{i}", $"https://example.com/{feed}/{i}", $"More troops after losses ({feed} {i})", Story, Pipeline.Start.AddMinutes(-i), $"Outlet {feed}"))
            .ToArray();
}
