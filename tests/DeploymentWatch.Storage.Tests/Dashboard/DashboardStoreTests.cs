using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Dashboard;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Dashboard;

public abstract class DashboardStoreTests : StorageTestBase
{
    private IDashboardStore Store => Storage.Get<IDashboardStore>();

    [Fact]
    public async Task FeedStatesAndLastNewItems_SeveralFeeds_ReturnsEveryRowAndTheLatestSeenTime()
    {
        var states = Storage.Get<IFeedStateStore>();
        await states.SaveAsync(FeedState.New("a") with { ConsecutiveFailures = 3, LastError = "timeout", LastPolledAt = TestData.T0 }, CancellationToken.None);
        await states.SaveAsync(FeedState.New("b") with { LastPolledAt = TestData.T0 }, CancellationToken.None);
        await states.SaveAsync(FeedState.New("a") with { LastPolledAt = TestData.T0, LastNewItemAt = TestData.T0 }, CancellationToken.None);
        await states.SaveAsync(FeedState.New("a") with { LastPolledAt = TestData.T0.AddHours(2), LastNewItemAt = TestData.T0.AddHours(2) }, CancellationToken.None);
        // A poll that brought nothing new keeps the last new item's time.
        await states.SaveAsync(FeedState.New("a") with { ConsecutiveFailures = 3, LastError = "timeout", LastPolledAt = TestData.T0.AddHours(3) }, CancellationToken.None);

        var all = await Store.FeedStatesAsync(CancellationToken.None);
        var lastNew = await Store.LastNewItemsAsync(CancellationToken.None);

        Assert.Equal(["a", "b"], all.Select(s => s.FeedId).Order(StringComparer.Ordinal));
        Assert.Equal("timeout", all.Single(s => s.FeedId == "a").LastError);
        Assert.Equal(TestData.T0.AddHours(2), lastNew["a"]);
        Assert.False(lastNew.ContainsKey("b"));
    }

    [Fact]
    public async Task OutboxBacklog_PendingAndDeliveredEntries_CountsOnlyPendingPerChannelLargestFirst()
    {
        var outbox = Storage.Get<IOutboxStore>();
        await outbox.EnqueueAsync(
        [
            TestData.Entry("1", TestData.Ops, TestData.T0),
            TestData.Entry("2", TestData.Discord, TestData.T0),
            TestData.Entry("3", TestData.Discord, TestData.T0),
            TestData.Entry("4", TestData.Discord, TestData.T0),
        ], CancellationToken.None);
        var claimed = await outbox.ClaimDueAsync(TestData.T0, 1, TimeSpan.FromMinutes(1), "dashboard-test", CancellationToken.None);
        await outbox.MarkDeliveredAsync(claimed[0].Id, "m1", TestData.T0, CancellationToken.None);

        var backlog = await Store.OutboxBacklogAsync(CancellationToken.None);

        Assert.Equal(TestData.Discord, backlog[0].Channel);
        Assert.Equal(3, backlog.Sum(b => b.Pending));
    }

    [Fact]
    public async Task Subscriptions_OneDisabled_ListsBothWithTheReason()
    {
        var subscriptions = Storage.Get<ISubscriptionStore>();
        await subscriptions.UpsertAsync(new Subscription(TestData.Ops, new HashSet<string>(), DeliveryMode.Realtime, 8, TestData.T0), CancellationToken.None);
        await subscriptions.UpsertAsync(new Subscription(TestData.Discord, new HashSet<string> { "casualties" }, DeliveryMode.Daily, 9, TestData.T0), CancellationToken.None);
        await subscriptions.DisableAsync(TestData.Discord, "Missing Access", CancellationToken.None);

        var all = await Store.SubscriptionsAsync(CancellationToken.None);

        Assert.Equal(2, all.Count);
        Assert.Equal("Missing Access", all.Single(s => s.Channel == TestData.Discord).DisabledReason);
        Assert.Contains("casualties", all.Single(s => s.Channel == TestData.Discord).Topics);
    }

    [Fact]
    public async Task LatestDayFigures_HistoryOverDays_EqualsLatestFiguresOverTheWholeHistory()
    {
        var alerts = Storage.Get<IAlertStore>();
        var day1 = TestData.T0;
        var day2 = TestData.T0.AddDays(3);
        await alerts.SaveAsync(TestData.Alert("a1", day1), [
            TestData.Figure("a1", "kr-nis", FigureMetric.Killed, 100, day1),
            TestData.Figure("a1", "ua-gov", FigureMetric.Killed, 200, day1),
        ], [], CancellationToken.None);
        await alerts.SaveAsync(TestData.Alert("a2", day2), [
            TestData.Figure("a2", "kr-nis", FigureMetric.Killed, 300, day2),
            TestData.Figure("a2", "kr-nis", FigureMetric.Killed, 350, day2.AddHours(1)),
        ], [], CancellationToken.None);

        var fromLatestDays = LatestFigures.From(await Store.LatestDayFiguresAsync(CancellationToken.None));
        var fromHistory = await LatestFigures.LoadAsync(Storage.Get<IFigureStore>(), FigureMetricIds.All, CancellationToken.None);

        Assert.Equal(
            fromHistory.Select(r => (r.Source, r.Metric, r.High)).Order(),
            fromLatestDays.Select(r => (r.Source, r.Metric, r.High)).Order());
        // ua-gov's only day; kr-nis's latest day, where the article's last mention wins (TestData highs are low + 100).
        Assert.Equal([300L, 450L], fromLatestDays.Select(r => r.High).Order());
    }

    public sealed class Sqlite : DashboardStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : DashboardStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
