using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Figures;

public abstract class FigureStoreTests : StorageTestBase
{
    private IFigureStore Store => Storage.Get<IFigureStore>();

    [Fact]
    public async Task LatestPerSourceAsync_SeveralReports_ReturnsLatestPerSourceAndMetric()
    {
        await SaveAsync("a1", TestData.T0,
            TestData.Figure("a1", "kr-nis", FigureMetric.Troops, 10_000, TestData.T0.AddDays(-30)),
            TestData.Figure("a1", "ua-gur", FigureMetric.Troops, 11_000, TestData.T0.AddDays(-20)));
        await SaveAsync("a2", TestData.T0.AddHours(1),
            TestData.Figure("a2", "kr-nis", FigureMetric.Troops, 12_000, TestData.T0.AddDays(-10)),
            TestData.Figure("a2", "kr-nis", FigureMetric.Killed, 300, TestData.T0.AddDays(-10)));
        // Older news saved later must not replace the newer report.
        await SaveAsync("a3", TestData.T0.AddHours(2),
            TestData.Figure("a3", "ua-gur", FigureMetric.Troops, 9_000, TestData.T0.AddDays(-40)));

        var latest = await Store.LatestPerSourceAsync(null, CancellationToken.None);

        Assert.Equal(
            [("killed", "kr-nis", 300L), ("troops", "kr-nis", 12_000L), ("troops", "ua-gur", 11_000L)],
            latest.Select(f => (f.Metric.ToId(), f.Source, f.Low)));
    }

    [Fact]
    public async Task LatestPerSourceAsync_SameReportedAt_LatestCreatedWins()
    {
        await SaveAsync("a1", TestData.T0, TestData.Figure("a1", "kr-nis", FigureMetric.Killed, 100, TestData.T0));
        await SaveAsync("a2", TestData.T0.AddMinutes(1), TestData.Figure("a2", "kr-nis", FigureMetric.Killed, 200, TestData.T0));

        var latest = await Store.LatestPerSourceAsync(FigureMetric.Killed, CancellationToken.None);

        var only = Assert.Single(latest);
        Assert.Equal("a2", only.AlertId);
    }

    [Fact]
    public async Task LatestPerSourceAsync_OneMetric_FiltersOthersOut()
    {
        await SaveAsync("a1", TestData.T0,
            TestData.Figure("a1", "kr-nis", FigureMetric.Killed, 300, TestData.T0),
            TestData.Figure("a1", "kr-nis", FigureMetric.Wounded, 2_700, TestData.T0));

        var latest = await Store.LatestPerSourceAsync(FigureMetric.Wounded, CancellationToken.None);

        Assert.Equal(FigureMetric.Wounded, Assert.Single(latest).Metric);
    }

    [Fact]
    public async Task HistoryAsync_Metric_ReturnsEveryReportOldestFirstWithAllFields()
    {
        var newer = TestData.Figure("a1", "kr-nis", FigureMetric.Captured, 2, TestData.T0);
        var older = TestData.Figure("a1", "ua-gur", FigureMetric.Captured, 1, TestData.T0.AddDays(-3)) with { Link = null, Outlet = null };
        await SaveAsync("a1", TestData.T0, newer, older, TestData.Figure("a1", "kr-nis", FigureMetric.Killed, 5, TestData.T0));

        var history = await Store.HistoryAsync(FigureMetric.Captured, CancellationToken.None);

        Assert.Equal([older, newer], history);
    }

    [Fact]
    public async Task HistoryAsync_ReportWithASpeaker_KeepsTheSpeaker()
    {
        var zelensky = TestData.Figure("a1", "ua-gov", FigureMetric.Casualties, 4000, TestData.T0) with { Speaker = "Zelensky" };
        var kyiv = TestData.Figure("a1", "ua-gov", FigureMetric.Casualties, 3000, TestData.T0);
        await SaveAsync("a1", TestData.T0, kyiv, zelensky);

        var history = await Store.HistoryAsync(FigureMetric.Casualties, CancellationToken.None);

        Assert.Equal([null, "Zelensky"], history.Select(r => r.Speaker));
        Assert.Equal([kyiv, zelensky], history);
    }

    private Task SaveAsync(string alertId, DateTimeOffset createdAt, params FigureReport[] figures) =>
        Storage.Get<IAlertStore>().SaveAsync(TestData.Alert(alertId, createdAt), figures, [], CancellationToken.None);

    public sealed class Sqlite : FigureStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : FigureStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
