using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Files;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Feeds.Tests.Files;

public class LocalReadGuardTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ReadAsync_SourceThatNeverAnswers_FailsAfterTheTimeoutAndThenAtOnceWhileStillBlocked()
    {
        var time = new FakeTimeProvider();
        var guard = new LocalReadGuard(time);
        var blocked = new TaskCompletionSource<FeedFetchResult>(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = guard.ReadAsync("/mnt/hung/feed.xml", Timeout, () => blocked.Task, CancellationToken.None);
        Assert.False(first.IsCompleted);
        time.Advance(Timeout);
        var timedOut = await first;
        var again = await guard.ReadAsync("/mnt/hung/feed.xml", Timeout, () => Task.FromResult(FeedFetchResult.Fetched([], null, null, null)), CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, timedOut.Status);
        Assert.Contains("timed out after", timedOut.Error, StringComparison.Ordinal);
        Assert.Equal(FeedFetchStatus.Failed, again.Status);
        Assert.Contains("still blocked", again.Error, StringComparison.Ordinal);

        blocked.SetResult(FeedFetchResult.Failed("finally answered"));
    }

    [Fact]
    public async Task ReadAsync_OtherSource_IsNotHeldUpByABlockedOne()
    {
        var time = new FakeTimeProvider();
        var guard = new LocalReadGuard(time);
        var blocked = new TaskCompletionSource<FeedFetchResult>(TaskCreationOptions.RunContinuationsAsynchronously);

        var stuck = guard.ReadAsync("/tmp/fifo", Timeout, () => blocked.Task, CancellationToken.None);
        var other = await guard.ReadAsync("seeds", Timeout, () => Task.FromResult(FeedFetchResult.Fetched([], null, null, null)), CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Fetched, other.Status);
        Assert.False(stuck.IsCompleted);
        blocked.SetResult(FeedFetchResult.Failed("done"));
        await stuck;
    }

    [Fact]
    public async Task ReadAsync_TypedReadThatNeverAnswers_GivesTheCallersFailureWithTheReason()
    {
        var time = new FakeTimeProvider();
        var guard = new LocalReadGuard(time);
        var blocked = new TaskCompletionSource<(int Count, string? Error)>(TaskCreationOptions.RunContinuationsAsynchronously);

        var read = guard.ReadAsync("/tmp/fifo.txt", Timeout, () => blocked.Task, reason => (0, reason), CancellationToken.None);
        time.Advance(Timeout);
        var (count, error) = await read;

        Assert.Equal(0, count);
        Assert.Equal("timed out after 20 s reading /tmp/fifo.txt", error);
        blocked.SetResult((1, null));
    }
}
