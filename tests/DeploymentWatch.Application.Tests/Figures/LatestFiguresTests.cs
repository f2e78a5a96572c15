using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Application.Tests.Figures;

public class LatestFiguresTests
{
    private static readonly DateTimeOffset Jan24 = new(2025, 1, 24, 0, 0, 0, TimeSpan.Zero);

    private static FigureReport Report(string source, long value, DateTimeOffset at, FigureQualifier qualifier = FigureQualifier.About, string alert = "a") =>
        new(source, FigureMetric.Casualties, value, value, qualifier, at, alert, "title", null, "Outlet", "sentence");

    [Fact]
    public void From_OlderReportsOfASource_AreReplacedByItsLatestDay()
    {
        var latest = LatestFigures.From([Report("kr-nis", 100, Jan24.AddDays(-30)), Report("kr-nis", 300, Jan24)]);
        Assert.Equal(300, Assert.Single(latest).Low);
    }

    [Fact]
    public void From_TwoValuesOnTheSameDay_AreBothKept()
    {
        var latest = LatestFigures.From([Report("ua-gov", 3000, Jan24, FigureQualifier.Over, "a1"), Report("ua-gov", 4000, Jan24, alert: "a2")]);
        Assert.Equal([3000L, 4000L], latest.Select(r => r.Low).Order());
    }

    [Fact]
    public void From_SameValueFromSeveralOutlets_IsShownOnce()
    {
        var latest = LatestFigures.From([Report("ua-gov", 3000, Jan24, alert: "a1"), Report("ua-gov", 3000, Jan24, alert: "a2"), Report("kr-jcs", 1100, Jan24)]);
        Assert.Equal(2, latest.Count);
    }

    [Fact]
    public void From_TwoValuesInOneArticle_KeepsTheLastMention()
    {
        var latest = LatestFigures.From([Report("kr-jcs", 1000, Jan24, FigureQualifier.Over), Report("kr-jcs", 1100, Jan24)]);
        Assert.Equal(1100, Assert.Single(latest).Low);
    }
}
