using DeploymentWatch.Application.Stories;
using DeploymentWatch.TestKit.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Application.Tests.Stories;

public class StoryBatchPlannerTests
{
    [Fact]
    public async Task TakeInAsync_LockTakenLate_AlertAndEntriesAreDatedAfterTheLock()
    {
        var time = new FakeTimeProvider(Pipeline.Start);
        var store = new InMemoryStore();
        var slowLock = new SlowLockStore(store, time, TimeSpan.FromMinutes(3));
        var pipeline = new Pipeline(store, time);
        await pipeline.Run("subscribe");
        var planner = new StoryBatchPlanner(
            slowLock, store, store, new Domain.Alerts.AlertDocumentBuilder(TestKit.Profiles.SampleProfiles.Create()),
            new Domain.Analysis.ArticleAnalyzer(TestKit.Profiles.SampleProfiles.Create()),
            Microsoft.Extensions.Options.Options.Create(new StoryOptions()), time);
        var article = Application.Polling.ArticleBuilder.Build(Pipeline.Feed(), Pipeline.Casualties());
        var analysis = new Domain.Analysis.ArticleAnalyzer(TestKit.Profiles.SampleProfiles.Create()).Analyze(article);

        var result = await planner.TakeInAsync(
            [new IntakeItem(article, Application.Polling.SeenKey.ForItem("news", article.ItemId), null, analysis)], CancellationToken.None);

        var alert = Assert.Single(result.Alerts);
        Assert.Equal(Pipeline.Start.AddMinutes(3), alert.CreatedAt);
        Assert.All(store.Outbox.Where(row => row.Entry.AlertId is not null), row => Assert.Equal(Pipeline.Start.AddMinutes(3), row.Entry.DueAt));
    }

    [Fact]
    public async Task TakeInAsync_BatchFailsToSave_NothingIsKeptTheFeedIsReportedAndTheNextBatchStoresIt()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        pipeline.Store.FailNextSave = true;

        // The failure is the feed's alone: reported with its reason, the poll goes on, the next one retries it.
        var (failed, _) = await pipeline.Cycle();
        Assert.Contains(failed.Failures, f => f.Reason.StartsWith("not recorded: ", StringComparison.Ordinal));
        Assert.Empty(await pipeline.Store.CreatedSinceAsync(DateTimeOffset.MinValue, CancellationToken.None));
        Assert.Empty(pipeline.Store.SeenKeys);

        var (poll, _) = await pipeline.Cycle();
        Assert.Single(poll.Alerts);
    }

    /// <summary>A planning lock that another instance holds for a while: the clock moves before the batch runs.</summary>
    private sealed class SlowLockStore(IStoryBatchStore inner, FakeTimeProvider time, TimeSpan wait) : IStoryBatchStore
    {
        public Task<T> InPlanningLockAsync<T>(Func<IStoryBatchSession, Task<T>> work, CancellationToken cancellationToken)
        {
            time.Advance(wait);
            return inner.InPlanningLockAsync(work, cancellationToken);
        }
    }
}
