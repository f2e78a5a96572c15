using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// Clause reach: scare quotes inside a clause, a second clause joined by ", and", appositives between a speaker and
/// the verb, lists of counts that share one verb, parts of a count ("7,000 of the 11,000 soldiers"), increments
/// ("on top of"), other sides owning a count after it.
/// Sentences are written for these tests.
/// </summary>
public sealed partial class FigureExtractorTests
{
    [Theory]
    [InlineData("About 40 North Korean soldiers were \"killed or wounded\" near Sudzha, Ukraine's military said.")]
    [InlineData("About 40 North Korean soldiers were \u201Ckilled or wounded\u201D near Sudzha, Ukraine's military said.")]
    public void Extract_ScareQuoteInsideTheClause_KeepsTheCasualtyWord(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal(FigureMetric.Casualties, figure.Metric);
        Assert.Equal(FigureQualifier.About, figure.Qualifier);
        Assert.Equal(["ua-gov"], figure.Sources);
    }

    [Fact]
    public void ClauseOf_QuotedSpeechAfterTheNumber_StillEndsTheClause()
    {
        const string text = "officials counted 40 troops \"and then we lost many of them in the woods\" said one";

        var (_, end) = ClauseWindow.ClauseOf(text, text.IndexOf("40", StringComparison.Ordinal), text.IndexOf("40", StringComparison.Ordinal) + 2);

        Assert.Equal(text.IndexOf('"', StringComparison.Ordinal), end);
    }

    [Fact]
    public void Extract_SourceOfASecondClauseWithItsOwnNumber_DoesNotReachBack()
    {
        var figures = Extract("North Korea has sent about 9,000 troops to Russia, and Ukrainian officials say 400 of them were killed.");

        Assert.Equal(
            [(FigureMetric.Troops, 9000L, FigureExtractor.Unattributed), (FigureMetric.Killed, 400L, "ua-gov")],
            figures.Select(f => (f.Metric, f.Low, Assert.Single(f.Sources))));
    }

    [Fact]
    public void Extract_TrailingSourceAfterTwoJoinedClauses_ReachesBoth()
    {
        var figures = Extract("About 300 North Korean soldiers were killed last month, and 200 were wounded, Ukraine's military said.");

        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(["ua-gov"], f.Sources));
    }

    [Fact]
    public void Extract_AppositiveBetweenSpeakerAndVerb_NamesTheSpeaker()
    {
        var figure = Assert.Single(Extract("Dmitry Peskov, spokesman for the Russian president, said that 900 North Korean troops were stationed in Kursk."));

        Assert.Equal(FigureMetric.Troops, figure.Metric);
        Assert.Equal(["ru-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_PlaceBeforeAnAsideWithoutSource_StaysUnattributed()
    {
        var figure = Assert.Single(Extract("In Kursk, where the fighting goes on, reporters said 900 North Korean troops were stationed."));

        Assert.Equal([FigureExtractor.Unattributed], figure.Sources);
    }

    [Fact]
    public void Extract_ListOfPlannedCounts_SharesThePlan()
    {
        var figures = Extract("Pyongyang will send 2,000 deminers and 4,000 military construction workers to Russia's Kursk region.");

        Assert.Equal([(FigureMetric.TroopsPlanned, 2000L), (FigureMetric.TroopsPlanned, 4000L)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Fact]
    public void Extract_CountAfterAClauseBreak_DoesNotShareThePlan()
    {
        var figures = Extract("Pyongyang will send 2,000 deminers to Kursk, and 4,000 North Korean soldiers are already there.");

        Assert.Equal([(FigureMetric.TroopsPlanned, 2000L), (FigureMetric.Troops, 4000L)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Fact]
    public void Extract_CivilianConstructionWorkers_AreNoTroops()
    {
        Assert.Empty(Extract("Russia has hired 3,000 construction workers from North Korea for sites in Kursk."));
    }

    [Fact]
    public void Extract_PartOfACount_CountsTheSameSoldiers()
    {
        var figures = Extract("US officials said about 7,000 of the North's 11,000 soldiers in Russia were in Kursk.");

        Assert.Equal([(FigureMetric.Troops, 7000L), (FigureMetric.Troops, 11000L)], figures.Select(f => (f.Metric, f.Low)));
        Assert.All(figures, f => Assert.Equal(["us-gov"], f.Sources));
    }

    [Fact]
    public void Extract_PartOfACountThatWasKilled_IsNoTroopCount()
    {
        var figures = Extract("US officials said about 700 of the 11,000 North Korean soldiers in Russia were killed.");

        Assert.DoesNotContain(figures, f => f.Low == 700 && f.Metric == FigureMetric.Troops);
    }

    [Fact]
    public void Extract_NumberOfSoldiersCloserTo_IsATroopCount()
    {
        var figure = Assert.Single(Extract("A Pentagon spokesman said the number of North Korean troops in Russia could be closer to 12,000."));

        Assert.Equal(FigureMetric.Troops, figure.Metric);
        Assert.Equal(["us-gov"], figure.Sources);
    }

    // Increments named by what they add to, other sides owning a count after it, and "hurt" as wounded.
    [Fact]
    public void Extract_CountOnTopOfAnother_IsAnIncrement()
    {
        var figures = Extract("Seoul said North Korea dispatched 2,000 engineers to Russia in May, on top of some 11,000 troops already in Kursk.");

        Assert.Equal([(FigureMetric.TroopsAdditional, 2000L), (FigureMetric.Troops, 11000L)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Fact]
    public void Extract_TwoCountsJoinedByAnd_AreBothTotals()
    {
        var figures = Extract("Seoul said North Korea dispatched 2,000 engineers to Russia in May, and some 11,000 troops are already in Kursk.");

        Assert.Equal([(FigureMetric.Troops, 2000L), (FigureMetric.Troops, 11000L)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Fact]
    public void Extract_CountOwnedByAnotherSideAfterIt_IsNoFigure()
    {
        Assert.Empty(Extract("Kyiv says North Korean troops make up a share of the 60,000 troops Moscow has massed near Kursk."));
    }

    [Fact]
    public void Extract_OtherSideAfterAPreposition_DoesNotOwnTheCount()
    {
        var figure = Assert.Single(Extract("The 11,000 North Korean troops sent to Moscow have been trained for the front, Seoul said."));

        Assert.Equal(11000, figure.Low);
    }

    [Fact]
    public void Extract_KilledOrHurt_IsACasualtyCount()
    {
        var figure = Assert.Single(Extract("About 900 North Korean soldiers were killed or hurt in Kursk, Seoul said."));

        Assert.Equal(FigureMetric.Casualties, figure.Metric);
    }

    [Fact]
    public void Extract_HurtInAnotherClause_DoesNotMakeTroopsWounded()
    {
        var figure = Assert.Single(Extract("North Korea has sent 900 troops to Russia, a move that hurt its ties with Seoul."));

        Assert.Equal(FigureMetric.Troops, figure.Metric);
    }
}
