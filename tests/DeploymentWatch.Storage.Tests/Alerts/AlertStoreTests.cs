using System.Data.Common;
using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Alerts;

public abstract class AlertStoreTests : StorageTestBase
{
    private IAlertStore Store => Storage.Get<IAlertStore>();

    [Fact]
    public async Task SaveAsync_AlertWithFiguresAndOutbox_WritesAllThree()
    {
        var alert = TestData.Alert("a1", TestData.T0, "deployment", "casualties");
        FigureReport[] figures =
        [
            TestData.Figure("a1", "kr-nis", FigureMetric.Killed, 300, TestData.T0),
            TestData.Figure("a1", "ua-gur", FigureMetric.Killed, 300, TestData.T0),
        ];
        OutboxEntry[] outbox = [TestData.Entry("a1:ops", TestData.Ops, TestData.T0, "a1")];

        await Store.SaveAsync(alert, figures, outbox, CancellationToken.None);

        Assert.Equivalent(alert, await Store.GetAsync("a1", CancellationToken.None), strict: true);
        Assert.Equal(2, await Storage.CountAsync("figures"));
        Assert.Equal(1, await Storage.Get<IOutboxStore>().CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_FailureAfterSomeRows_WritesNothing()
    {
        var alert = TestData.Alert("a1", TestData.T0);
        // The second figure names an alert that does not exist: its foreign key fails after the alert and the
        // first figure were written in the same transaction.
        FigureReport[] figures =
        [
            TestData.Figure("a1", "kr-nis", FigureMetric.Troops, 11_000, TestData.T0),
            TestData.Figure("missing-alert", "kr-nis", FigureMetric.Troops, 12_000, TestData.T0),
        ];
        OutboxEntry[] outbox = [TestData.Entry("a1:ops", TestData.Ops, TestData.T0, "a1")];

        await Assert.ThrowsAnyAsync<DbException>(() => Store.SaveAsync(alert, figures, outbox, CancellationToken.None));

        Assert.Null(await Store.GetAsync("a1", CancellationToken.None));
        Assert.Equal(0, await Storage.CountAsync("figures"));
        Assert.Equal(0, await Storage.CountAsync("alert_topics"));
        Assert.Equal(0, await Storage.CountAsync("outbox"));
    }

    [Fact]
    public async Task SaveAsync_OutboxKeyExists_SkipsThatEntryOnly()
    {
        var outbox = Storage.Get<IOutboxStore>();
        await outbox.EnqueueAsync([TestData.Entry("a1:ops", TestData.Ops, TestData.T0)], CancellationToken.None);

        await Store.SaveAsync(
            TestData.Alert("a1", TestData.T0),
            [],
            [TestData.Entry("a1:ops", TestData.Ops, TestData.T0, "a1"), TestData.Entry("a1:discord", TestData.Discord, TestData.T0, "a1")],
            CancellationToken.None);

        Assert.NotNull(await Store.GetAsync("a1", CancellationToken.None));
        Assert.Equal(2, await Storage.CountAsync("outbox"));
    }

    [Fact]
    public async Task SaveAsync_SameAlertTwice_StoresFiguresOnce()
    {
        var alert = TestData.Alert("a1", TestData.T0);
        FigureReport[] figures = [TestData.Figure("a1", "kr-nis", FigureMetric.Killed, 300, TestData.T0)];

        await Store.SaveAsync(alert, figures, [], CancellationToken.None);
        await Store.SaveAsync(alert, figures, [], CancellationToken.None);

        Assert.Equal(1, await Storage.CountAsync("alerts"));
        Assert.Equal(1, await Storage.CountAsync("figures"));
    }

    [Fact]
    public async Task GetAsync_Unknown_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync("nope", CancellationToken.None));
    }

    [Fact]
    public async Task LatestAsync_WithTopicAndLimit_ReturnsNewestMatchingFirst()
    {
        await Store.SaveAsync(TestData.Alert("old", TestData.T0, "casualties"), [], [], CancellationToken.None);
        await Store.SaveAsync(TestData.Alert("mid", TestData.T0.AddHours(1), "deployment"), [], [], CancellationToken.None);
        await Store.SaveAsync(TestData.Alert("new", TestData.T0.AddHours(2), "casualties", "deployment"), [], [], CancellationToken.None);
        await Store.SaveAsync(TestData.Alert("newest", TestData.T0.AddHours(3), "casualties"), [], [], CancellationToken.None);

        var all = await Store.LatestAsync(null, 3, CancellationToken.None);
        var casualties = await Store.LatestAsync("casualties", 10, CancellationToken.None);

        Assert.Equal(["newest", "new", "mid"], all.Select(a => a.Id));
        Assert.Equal(["newest", "new", "old"], casualties.Select(a => a.Id));
    }

    [Fact]
    public async Task CreatedSinceAsync_BoundaryIncluded_ReturnsOldestFirst()
    {
        await Store.SaveAsync(TestData.Alert("before", TestData.T0.AddTicks(-10), "deployment"), [], [], CancellationToken.None);
        await Store.SaveAsync(TestData.Alert("later", TestData.T0.AddMinutes(5)), [], [], CancellationToken.None);
        await Store.SaveAsync(TestData.Alert("at", TestData.T0), [], [], CancellationToken.None);

        var since = await Store.CreatedSinceAsync(TestData.T0, CancellationToken.None);

        Assert.Equal(["at", "later"], since.Select(a => a.Id));
    }

    public sealed class Sqlite : AlertStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : AlertStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
