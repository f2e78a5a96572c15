using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Retention;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Retention;

public abstract class RetentionStoreTests : StorageTestBase
{
    private IRetentionStore Store => Storage.Get<IRetentionStore>();

    [Fact]
    public async Task PruneSeenItemsAsync_DeletesOnlyKeysLastSeenBeforeTheHorizon()
    {
        var seen = Storage.Get<ISeenItemStore>();
        await seen.MarkAsync([1, 2], TestData.T0.AddDays(-10), CancellationToken.None);
        await seen.MarkAsync([3], TestData.T0, CancellationToken.None);
        await seen.RefreshAsync([2], TestData.T0, TestData.T0.AddDays(-5), CancellationToken.None);

        var pruned = await Store.PruneSeenItemsAsync(TestData.T0.AddDays(-3), CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.Equal(new HashSet<long> { 2, 3 }, await seen.FindAsync([1, 2, 3], CancellationToken.None));
    }

    [Fact]
    public async Task PruneOutboxAsync_DeletesFinishedRowsOnly()
    {
        var outbox = Storage.Get<IOutboxStore>();
        await outbox.EnqueueAsync(
            [TestData.Entry("old-delivered", TestData.Ops, TestData.T0.AddDays(-9)), TestData.Entry("old-pending", TestData.Ops, TestData.T0.AddDays(-9)), TestData.Entry("new-delivered", TestData.Ops, TestData.T0)],
            CancellationToken.None);
        var claimed = await outbox.ClaimDueAsync(TestData.T0, 10, TimeSpan.FromMinutes(1), "retention-test", CancellationToken.None);
        await outbox.MarkDeliveredAsync(claimed.Single(e => e.Key == "old-delivered").Id, "m1", TestData.T0.AddDays(-9), CancellationToken.None);
        await outbox.MarkDeliveredAsync(claimed.Single(e => e.Key == "new-delivered").Id, "m2", TestData.T0, CancellationToken.None);

        var pruned = await Store.PruneOutboxAsync(TestData.T0.AddDays(-7), CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.Equal(2, await Storage.CountAsync("outbox"));
        Assert.Equal(1, await outbox.CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PruneAlertsAsync_KeepsAlertsWithFiguresAndRecentOnes()
    {
        var alerts = Storage.Get<IAlertStore>();
        var old = TestData.T0.AddDays(-40);
        await alerts.SaveAsync(TestData.Alert("a-plain", old), [], [], CancellationToken.None);
        await alerts.SaveAsync(TestData.Alert("a-figures", old), [TestData.Figure("a-figures", "kr-nis", FigureMetric.Killed, 300, old)], [], CancellationToken.None);
        await alerts.SaveAsync(TestData.Alert("a-recent", TestData.T0), [], [], CancellationToken.None);

        var pruned = await Store.PruneAlertsAsync(TestData.T0.AddDays(-30), CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.Null(await alerts.GetAsync("a-plain", CancellationToken.None));
        Assert.NotNull(await alerts.GetAsync("a-figures", CancellationToken.None));
        Assert.Equal(2, await Storage.CountAsync("alerts"));
        Assert.Equal(2, await Storage.CountAsync("alert_topics"));
    }

    [Fact]
    public void RetentionOptionsValidator_HorizonShorterThanTheStoryLookBack_IsRefused()
    {
        var validator = new RetentionOptionsValidator(Microsoft.Extensions.Options.Options.Create(new Application.Stories.StoryOptions { LookBack = TimeSpan.FromDays(10) }));

        var result = validator.Validate(null, new RetentionOptions { Alerts = TimeSpan.FromDays(5) });

        Assert.True(result.Failed);
        Assert.Contains("Retention:Alerts", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, new RetentionOptions { Alerts = TimeSpan.FromDays(30), DeliveredOutbox = TimeSpan.FromDays(10) }).Succeeded);
    }

    public sealed class Sqlite : RetentionStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : RetentionStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
