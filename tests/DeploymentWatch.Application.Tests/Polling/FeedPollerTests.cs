using DeploymentWatch.Application.Polling;
using DeploymentWatch.TestKit.Fakes;

namespace DeploymentWatch.Application.Tests.Polling;

public class FeedPollerTests
{
    [Fact]
    public async Task PollAsync_RelevantItem_StoresAnAlertWithItsFigures()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties(), Pipeline.OffTopic());
        var (poll, _) = await pipeline.Cycle();
        var alert = Assert.Single(poll.Alerts);
        Assert.Equal(["casualties"], alert.Topics);
        Assert.Equal("https://example.com/c1", alert.Link!.AbsoluteUri);
        Assert.Equal(2, poll.NewItems);
        Assert.NotEmpty(alert.Summary);
        Assert.Contains("killed", alert.MatchedTerms);
    }

    [Fact]
    public async Task PollAsync_SameItemsAfterARestart_RaiseNothingTwice()
    {
        var store = new InMemoryStore();
        var first = new Pipeline(store);
        first.Reader.Serve("news", Pipeline.Casualties(), Pipeline.Satellite());
        Assert.Equal(2, (await first.Cycle()).Poll.Alerts.Count);

        var restarted = new Pipeline(store);
        restarted.Reader.Serve("news", Pipeline.Casualties(), Pipeline.Satellite());
        var (poll, _) = await restarted.Cycle();
        Assert.Empty(poll.Alerts);
        Assert.Equal(0, poll.NewItems);
    }

    [Fact]
    public async Task PollAsync_RepublishedWithNewGuid_IsBlockedByItsTitle()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties("c1"));
        await pipeline.Cycle();
        pipeline.Reader.Serve("news", Pipeline.Casualties("c1-rotated") with { Published = Pipeline.Start });
        Assert.Empty((await pipeline.Cycle()).Poll.Alerts);
    }

    [Fact]
    public async Task PollAsync_ItemOlderThanMaxAge_IsTakenInSilently()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties() with { Published = Pipeline.Start.AddDays(-3) });
        var (poll, _) = await pipeline.Cycle(Pipeline.Feed(maxAge: TimeSpan.FromHours(48)));
        Assert.Empty(poll.Alerts);
        Assert.Equal(1, poll.NewItems);
    }

    [Fact]
    public async Task PollAsync_OneFeedFails_OthersStillDeliverAndTheFailureIsBackedOff()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Fail("broken", "HTTP 500 Internal Server Error").Serve("news", Pipeline.Casualties());
        var (poll, _) = await pipeline.Cycle(Pipeline.Feed("broken"), Pipeline.Feed("news"));
        Assert.Single(poll.Alerts);
        var failure = Assert.Single(poll.Failures);
        Assert.Equal("broken", failure.FeedId);
        Assert.Equal("HTTP 500 Internal Server Error", failure.Reason);

        var state = await pipeline.Store.GetAsync("broken", CancellationToken.None);
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.Equal(Pipeline.Start + TimeSpan.FromMinutes(30), state.NextAttemptAt);
    }

    [Fact]
    public async Task PollAsync_FeedInBackoff_IsNotFetchedUntilDue()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Fail("broken", "timed out after 20 s");
        await pipeline.Poller.PollAsync([Pipeline.Feed("broken")], ignoreSchedule: false, CancellationToken.None);
        await pipeline.Poller.PollAsync([Pipeline.Feed("broken")], ignoreSchedule: false, CancellationToken.None);
        Assert.Single(pipeline.Reader.Fetched);

        pipeline.Time.Advance(TimeSpan.FromMinutes(31));
        await pipeline.Poller.PollAsync([Pipeline.Feed("broken")], ignoreSchedule: false, CancellationToken.None);
        Assert.Equal(2, pipeline.Reader.Fetched.Count);
        Assert.Equal(2, (await pipeline.Store.GetAsync("broken", CancellationToken.None)).ConsecutiveFailures);
    }

    [Fact]
    public async Task PollAsync_StorageFailsMidItem_ReportedAndTheItemIsRetriedNextCycle()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        pipeline.Store.FailNextSave = true;
        // The failure is the feed's alone: reported with its reason, the poll goes on, the next one retries it.
        var (failed, _) = await pipeline.Cycle();
        Assert.Contains(failed.Failures, f => f.Reason.StartsWith("not recorded: ", StringComparison.Ordinal));

        var (poll, sent) = await pipeline.Cycle();
        Assert.Single(poll.Alerts);
        Assert.Equal(1, pipeline.Channel.Posted.Count(p => p.Message.Title == "North Korean troops suffer losses"));
        Assert.True(sent.Delivered >= 1);
    }

    [Fact]
    public void FeedBackoff_DoublesPerFailureUpToTheCap()
    {
        var interval = TimeSpan.FromMinutes(15);
        Assert.Equal(interval, FeedBackoff.After(interval, 0));
        Assert.Equal(TimeSpan.FromMinutes(30), FeedBackoff.After(interval, 1));
        Assert.Equal(TimeSpan.FromMinutes(60), FeedBackoff.After(interval, 2));
        Assert.Equal(FeedBackoff.Cap, FeedBackoff.After(interval, 30));
    }
}
