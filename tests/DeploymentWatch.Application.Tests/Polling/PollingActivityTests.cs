using DeploymentWatch.Application.Polling;
using DeploymentWatch.TestKit.Fakes;

namespace DeploymentWatch.Application.Tests.Polling;

public class PollingActivityTests
{
    [Fact]
    public async Task Stuck_AFeedThatNeverAnswers_IsReportedAfterTheLimitAndOthersStillDeliver()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        var blocked = new TaskCompletionSource<FeedFetchResult>();
        var reader = new BlockingReader(pipeline.Reader, "fifo", blocked.Task);
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        var poller = pipeline.PollerWith(reader);

        var polling = poller.PollAsync([Pipeline.Feed("fifo"), Pipeline.Feed("news")], ignoreSchedule: true, CancellationToken.None);
        await reader.Entered.Task;
        await WaitUntilAsync(() => pipeline.Store.Outbox.Any(r => r.Entry.AlertId is not null));

        // The other feed's alert is stored before its poll is marked finished; both started at the same fake
        // instant, so wait until only the blocked feed is still in flight before moving the clock.
        await WaitUntilAsync(() => pipeline.Activity.InFlight.SequenceEqual(["fifo"]));
        await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Single(pipeline.Channel.Posted, p => p.Message.Title == "North Korean troops suffer losses");
        Assert.Null(pipeline.Activity.Stuck(TimeSpan.FromMinutes(5)));
        pipeline.Time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal("fifo", pipeline.Activity.Stuck(TimeSpan.FromMinutes(5))?.FeedId);

        blocked.SetResult(FeedFetchResult.Failed("timed out"));
        await polling;
        Assert.Null(pipeline.Activity.Stuck(TimeSpan.FromMinutes(5)));
    }

    // The poll runs on other threads; the store is polled, not timed: no assertion depends on how long this takes.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 6_000 && !condition(); i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }

        Assert.True(condition());
    }

    private sealed class BlockingReader(FakeFeedReader inner, string blockedFeed, Task<FeedFetchResult> answer) : IFeedReader
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<FeedFetchResult> FetchAsync(FeedDefinition feed, FeedState state, CancellationToken cancellationToken)
        {
            if (feed.Id != blockedFeed)
            {
                return inner.FetchAsync(feed, state, cancellationToken);
            }

            Entered.TrySetResult();
            return answer;
        }
    }
}
