using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Sqlite;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Stories;

public abstract class StoryBatchStoreTests : StorageTestBase
{
    private IStoryBatchStore Store => Storage.Get<IStoryBatchStore>();

    [Fact]
    public async Task InPlanningLockAsync_SecondBatchWaitsForTheFirst_AndSeesWhatItStored()
    {
        var firstInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Task.Run(() => Store.InPlanningLockAsync(
            async session =>
            {
                await session.SaveAsync(new StoryBatch([new StoryPlan(TestData.Alert("a-1", TestData.T0), [])], [SeenKey.ForItem("f", "1")], TestData.T0), CancellationToken.None);
                firstInside.SetResult();
                await releaseFirst.Task;
                return 1;
            },
            CancellationToken.None));
        await firstInside.Task;

        var second = Task.Run(() => Store.InPlanningLockAsync(
            async session => (
                Alerts: await session.AlertsCreatedSinceAsync(TestData.T0.AddDays(-1), _ => false, CancellationToken.None),
                Seen: await session.FindSeenAsync([SeenKey.ForItem("f", "1")], CancellationToken.None)),
            CancellationToken.None));
        // Whatever the scheduling, the second batch cannot read before the first commits: it queues for the lock,
        // which the test sees (a wait of its own would only be long enough on a machine fast enough to get there).
        while (!await WaitingForThePlanningLockAsync())
        {
            Assert.False(second.IsCompleted, "the second batch finished while the first held the planning lock");
            await Task.Yield();
        }

        Assert.False(second.IsCompleted);
        releaseFirst.SetResult();
        await first;
        var seen = await second;

        Assert.Equal("a-1", Assert.Single(seen.Alerts).Id);
        Assert.Single(seen.Seen);
    }

    [Fact]
    public async Task InPlanningLockAsync_WorkThrows_NothingIsKept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.InPlanningLockAsync<int>(
            async session =>
            {
                var outbox = TestData.Entry("a-1|ops", TestData.Ops, TestData.T0, "a-1");
                await session.SaveAsync(new StoryBatch([new StoryPlan(TestData.Alert("a-1", TestData.T0), [outbox])], [SeenKey.ForItem("f", "1")], TestData.T0), CancellationToken.None);
                throw new InvalidOperationException("planning failed");
            },
            CancellationToken.None));

        Assert.Null(await Storage.Get<IAlertStore>().GetAsync("a-1", CancellationToken.None));
        Assert.Equal(0, await Storage.CountAsync("outbox"));
        Assert.Equal(0, await Storage.CountAsync("seen_keys"));
    }

    [Fact]
    public async Task AlertsCreatedSinceAsync_KnownAlerts_AreLeftOut()
    {
        await Store.InPlanningLockAsync(
            async session =>
            {
                var plans = new[] { "a-1", "a-2", "a-3" }.Select((id, i) => new StoryPlan(TestData.Alert(id, TestData.T0.AddMinutes(i)), [])).ToArray();
                await session.SaveAsync(new StoryBatch(plans, [], TestData.T0), CancellationToken.None);
                return 0;
            },
            CancellationToken.None);

        var unknown = await Store.InPlanningLockAsync(
            session => session.AlertsCreatedSinceAsync(TestData.T0.AddDays(-1), id => id != "a-2", CancellationToken.None),
            CancellationToken.None);

        Assert.Equal("a-2", Assert.Single(unknown).Id);
    }

    // A batch in line for the planning lock: at this file's writer gate (SQLite), or an advisory lock not yet
    // granted in this test's database (PostgreSQL).
    private async Task<bool> WaitingForThePlanningLockAsync()
    {
        var database = Storage.Get<StorageDatabase>();
        if (database is SqliteDatabase sqlite)
        {
            return SqliteWriteGate.For(sqlite.FilePath).Waiting > 0;
        }

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = database.Command(
            connection,
            null,
            "SELECT COUNT(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        return (await command.ListAsync(row => row.Int64("n"), CancellationToken.None))[0] > 0;
    }

    public sealed class Sqlite : StoryBatchStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : StoryBatchStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
