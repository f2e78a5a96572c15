using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// One count given twice in an article is one figure with every source that gave it; North Korea speaking for
/// itself; a second predicate joined by "and" keeps its plan words to itself. Sentences are written for these tests.
/// </summary>
public sealed partial class FigureExtractorTests
{
    [Fact]
    public void Extract_SameCountFromTwoSources_IsOneFigureWithBoth()
    {
        var figures = Extract(
            "Seoul said about 11,000 North Korean troops were in Russia. The JCS separately put the number of North Korean troops in Russia at about 11,000.");

        var figure = Assert.Single(figures);
        Assert.Equal(["kr-gov", "kr-jcs"], figure.Sources);
        Assert.Equal(0, figure.SentenceIndex);
    }

    [Fact]
    public void Extract_UnattributedCountNamedLater_TakesTheNamedSource()
    {
        var figures = Extract(
            "About 11,000 North Korean troops are now in Russia. Ukraine's military said 11,000 North Korean troops were in Russia.");

        var figure = Assert.Single(figures);
        Assert.Equal(["ua-gov"], figure.Sources);
        Assert.Equal(0, figure.SentenceIndex);
    }

    [Fact]
    public void Extract_DifferentCountsOrMetrics_StaySeparate()
    {
        var figures = Extract(
            "Seoul said about 11,000 North Korean troops were in Russia. The JCS said about 12,000 North Korean troops were in Russia and 11,000 were killed or wounded.");

        Assert.Equal(
            [(FigureMetric.Troops, 11000L), (FigureMetric.Troops, 12000L), (FigureMetric.Casualties, 11000L)],
            figures.Select(f => (f.Metric, f.Low)));
    }

    [Theory]
    [InlineData("North Korea has claimed that only 300 of its soldiers were killed in Kursk.")]
    [InlineData("North Korea itself has said that 300 of its soldiers were killed in Kursk.")]
    [InlineData("Pyongyang acknowledged that 300 of its soldiers were killed in Kursk.")]
    public void Extract_NorthKoreaSpeaking_IsItsGovernment(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal(FigureMetric.Killed, figure.Metric);
        Assert.Equal(["kp-gov"], figure.Sources);
    }

    [Theory]
    [InlineData("North Korea saw about 4,000 of its soldiers killed or wounded in Kursk, Ukraine said.", "ua-gov")]
    [InlineData("North Korea put 3,000 more troops on trains to Kursk, Seoul said.", "kr-gov")]
    [InlineData("North Korea has sent about 11,000 troops to Russia, Seoul said.", "kr-gov")]
    [InlineData("North Korea has sent about 11,000 troops to Russia.", FigureExtractor.Unattributed)]
    public void Extract_NorthKoreaAsTheSubjectOfTheNews_IsNoSource(string sentence, string source)
    {
        Assert.Equal([source], Assert.Single(Extract(sentence)).Sources);
    }

    [Fact]
    public void Extract_PlanWordsInASecondPredicate_DoNotMakeThePresentCountAPlan()
    {
        var figure = Assert.Single(Extract("About 4,000 North Korean engineers have been arriving in Russia since May and are expected to rebuild roads in Kursk."));

        Assert.Equal(FigureMetric.Troops, figure.Metric);
    }

    [Fact]
    public void Extract_PlanWordsAfterAListOfNouns_StillMakeAPlan()
    {
        var figure = Assert.Single(Extract("About 4,000 North Korean soldiers and engineers are expected to be sent to Russia."));

        Assert.Equal(FigureMetric.TroopsPlanned, figure.Metric);
    }

    [Fact]
    public void Extract_HeadlineFigureRepeatedInTheBodyWithAHedge_KeepsTheBodysHedge()
    {
        const string headline = "Another 2,000 North Korean troops reach Kursk, Pentagon says";
        var text = headline + "\nThe Pentagon said the number of North Korean troops in Kursk had risen by about 2,000.";

        var figure = Assert.Single(Extractor.Extract(SentenceSplitter.Split(text), headline).Figures);

        Assert.Equal((FigureMetric.TroopsAdditional, 2000L, FigureQualifier.About), (figure.Metric, figure.Low, figure.Qualifier));
        Assert.Equal(["us-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_OfficialAsAnAdjective_NamesNoSource()
    {
        var figure = Assert.Single(Extract("\u201CAbout 11,000 North Korean troops are in Russia,\u201D the Pentagon said, using North Korea's official name."));

        Assert.Equal(["us-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_OfficialAsAPerson_IsASource()
    {
        var figure = Assert.Single(Extract("About 300 North Korean soldiers were killed in Kursk, according to a Ukrainian official."));

        Assert.Equal(["ua-gov"], figure.Sources);
    }
}
