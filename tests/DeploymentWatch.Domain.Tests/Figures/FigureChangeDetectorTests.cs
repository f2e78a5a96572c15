using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

public class FigureChangeDetectorTests
{
    private static readonly DateTimeOffset Start = new(2024, 12, 16, 0, 0, 0, TimeSpan.Zero);
    private readonly FigureChangeDetector _detector = new(SourceProfiles.Standard);

    [Fact]
    public void Headlines_OneSourceInDateOrder_AnnouncesFirstRaiseAndLowerAndRepeatsAreSilent()
    {
        // NIS's killed estimate as outlets reported it, day by day; repeats by other outlets in between.
        var reports = new (int Day, FigureQualifier Qualifier, long Value)[]
        {
            (0, FigureQualifier.About, 100),
            (1, FigureQualifier.About, 100),
            (39, FigureQualifier.About, 300),
            (39, FigureQualifier.About, 300),
            (40, FigureQualifier.Over, 300),
            (60, FigureQualifier.About, 200),
        };
        var history = new List<FigureReading>();
        var headlines = new List<string[]>();
        foreach (var (day, qualifier, value) in reports)
        {
            var incoming = new[] { Killed("kr-nis", qualifier, value, Start.AddDays(day)) };
            headlines.Add(_detector.Headlines(Latest(history), incoming).ToArray());
            history.AddRange(incoming);
        }

        Assert.Equal(["NIS reports for the first time: about 100 North Korean soldiers killed"], headlines[0]);
        Assert.Empty(headlines[1]);
        Assert.Equal(["NIS raises its estimate of North Korean soldiers killed from about 100 to about 300"], headlines[2]);
        Assert.Empty(headlines[3]);
        Assert.Empty(headlines[4]);
        Assert.Equal(["NIS lowers its estimate of North Korean soldiers killed from more than 300 to about 200"], headlines[5]);
    }

    [Fact]
    public void Detect_ReportOlderThanTheLatest_IsSilent()
    {
        var previous = new[] { Killed("kr-nis", FigureQualifier.About, 300, Start.AddDays(30)) };

        Assert.Empty(FigureChangeDetector.Detect(previous, [Killed("kr-nis", FigureQualifier.About, 100, Start)]));
    }

    [Fact]
    public void Detect_OtherSourceOrMetric_IsItsOwnFirstReport()
    {
        var previous = new[] { Killed("kr-nis", FigureQualifier.About, 300, Start) };
        var incoming = new[]
        {
            Killed("kr-jcs", FigureQualifier.About, 300, Start.AddDays(1)),
            new FigureReading("kr-nis", FigureMetric.Wounded, 2700, 2700, FigureQualifier.Exact, Start.AddDays(1)),
        };

        var changes = FigureChangeDetector.Detect(previous, incoming);

        Assert.All(changes, c => Assert.Equal(FigureChangeKind.FirstReport, c.Kind));
        Assert.Equal(2, changes.Count);
        Assert.Equal("NIS reports for the first time: 2,700 North Korean soldiers wounded", _detector.Headline(changes[1]));
    }

    [Fact]
    public void Detect_UnattributedNumbers_AreNeverAnnounced()
    {
        Assert.Empty(FigureChangeDetector.Detect([], [Killed("unattributed", FigureQualifier.About, 300, Start)]));
    }

    [Fact]
    public void Detect_TwoValuesFromOneSourceInOneArticle_UsesTheLarger()
    {
        var incoming = new[]
        {
            new FigureReading("kr-jcs", FigureMetric.Casualties, 1000, 1000, FigureQualifier.Over, Start),
            new FigureReading("kr-jcs", FigureMetric.Casualties, 1100, 1100, FigureQualifier.About, Start),
        };

        var change = Assert.Single(FigureChangeDetector.Detect([], incoming));
        Assert.Equal(1100, change.Current.High);
    }

    [Fact]
    public void Headline_Range_ReadsAsARange()
    {
        var previous = new[] { new FigureReading("us-gov", FigureMetric.Troops, 10000, 10000, FigureQualifier.Exact, Start) };
        var incoming = new[] { new FigureReading("us-gov", FigureMetric.Troops, 11000, 12000, FigureQualifier.About, Start.AddDays(9)) };

        Assert.Equal(
            ["US raises its estimate of North Korean troops in Russia from 10,000 to about 11,000–12,000"],
            _detector.Headlines(previous, incoming));
    }

    [Fact]
    public void Detect_RangeTakingInThePreviousValue_IsSilent()
    {
        var previous = new[] { new FigureReading("us-gov", FigureMetric.Troops, 12000, 12000, FigureQualifier.About, Start) };
        var incoming = new[] { new FigureReading("us-gov", FigureMetric.Troops, 10000, 12000, FigureQualifier.About, Start.AddDays(30)) };

        Assert.Empty(FigureChangeDetector.Detect(previous, incoming));
    }

    [Fact]
    public void Headlines_ManyChanges_RevisionsFirstAndCapped()
    {
        var previous = new[] { Killed("kr-nis", FigureQualifier.About, 100, Start) };
        var incoming = new[]
        {
            Killed("kr-jcs", FigureQualifier.About, 200, Start.AddDays(1)),
            Killed("ua-gov", FigureQualifier.About, 400, Start.AddDays(1)),
            Killed("us-gov", FigureQualifier.About, 250, Start.AddDays(1)),
            Killed("nato", FigureQualifier.About, 250, Start.AddDays(1)),
            Killed("kr-nis", FigureQualifier.About, 300, Start.AddDays(1)),
        };

        var headlines = _detector.Headlines(previous, incoming);

        Assert.Equal(FigureChangeDetector.MaxHeadlines, headlines.Count);
        Assert.StartsWith("NIS raises", headlines[0], StringComparison.Ordinal);
        Assert.Equal("…and 2 more new or revised figures (see Figures below)", headlines[^1]);
    }

    [Fact]
    public void Headline_PluralSource_AgreesInNumber()
    {
        var previous = new[] { new FigureReading("western", FigureMetric.Troops, 10000, 10000, FigureQualifier.About, Start) };
        var incoming = new[] { new FigureReading("western", FigureMetric.Troops, 11000, 11000, FigureQualifier.About, Start.AddDays(9)) };

        Assert.Equal(
            ["Western assessments raise their estimate of North Korean troops in Russia from about 10,000 to about 11,000"],
            _detector.Headlines(previous, incoming));
    }

    private static FigureReading Killed(string source, FigureQualifier qualifier, long value, DateTimeOffset at) =>
        new(source, FigureMetric.Killed, value, value, qualifier, at);

    private static FigureReading[] Latest(List<FigureReading> history) =>
        history.GroupBy(r => (r.Source, r.Metric)).Select(g => g.MaxBy(r => r.ReportedAt)!).ToArray();
}
