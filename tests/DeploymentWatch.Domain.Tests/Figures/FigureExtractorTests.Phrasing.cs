using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// More ways outlets phrase a count: a number quoted alone, a casualty phrase that ends where another begins,
/// replacements for the fallen, totals after an increment, a noun owned by "its", a cited agency, estimates as nouns.
/// Each with a near twin. Sentences are written for these tests.
/// </summary>
public sealed partial class FigureExtractorTests
{
    [Theory]
    [InlineData("Rutte said Pyongyang had sent \"at least 14,000\" troops to Russia in total.", FigureMetric.Troops, FigureQualifier.Over)]
    [InlineData("Zelensky said North Korean troops were present in Russia in numbers \"above 12,000\".", FigureMetric.Troops, FigureQualifier.Over)]
    public void Extract_NumberQuotedAlone_KeepsItsClause(string sentence, FigureMetric metric, FigureQualifier qualifier)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((metric, qualifier), (figure.Metric, figure.Qualifier));
    }

    [Theory]
    [InlineData("The JCS put the number of North Koreans killed or wounded at about 3,800.")]
    [InlineData("Kyiv raised its estimate of North Korean losses to 4,500 dead and injured.")]
    public void Extract_WholeCasualtyPhrase_IsCasualties(string sentence)
    {
        Assert.Equal(FigureMetric.Casualties, Assert.Single(Extract(sentence)).Metric);
    }

    [Theory]
    [InlineData("The NIS said the North had lost some 2,000 killed there.", FigureMetric.Killed)]
    [InlineData("The NIS said the North had lost some 2,000 there.", FigureMetric.Casualties)]
    public void Extract_LostThenTheLossRightAfterTheNumber_TakesThatLoss(string sentence, FigureMetric metric)
    {
        Assert.Equal(metric, Assert.Single(Extract(sentence)).Metric);
    }

    [Fact]
    public void Extract_FreshSoldiersReplacingTheFallen_AreAnIncrement()
    {
        var figure = Assert.Single(Extract(
            "North Korea has rotated roughly 2,500 fresh soldiers into Kursk to replace troops killed or wounded there, the Pentagon said."));

        Assert.Equal((FigureMetric.TroopsAdditional, 2500L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_SoldiersSentToSupportOthersWhoDied_AreKilled()
    {
        var figure = Assert.Single(Extract("At least 100 North Korean soldiers sent to support Russian forces have died, the NIS said."));

        Assert.Equal(FigureMetric.Killed, figure.Metric);
    }

    [Fact]
    public void Extract_Replacements_AreAnIncrement()
    {
        var figure = Assert.Single(Extract("The Pentagon said Pyongyang had sent about 2,500 replacements into Kursk since September."));

        Assert.Equal((FigureMetric.TroopsAdditional, 2500L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_IncrementThenTheNumberOfTroops_GivesTheTotal()
    {
        var figures = Extract("North Korea has sent another 4,000 soldiers to Russia, bringing the number of its troops there to roughly 15,000, the NIS said.");

        Assert.Equal([(FigureMetric.TroopsAdditional, 4000L), (FigureMetric.Troops, 15000L)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Fact]
    public void Extract_PlannedTotalAfterAFirstContingent_IsAPlan()
    {
        var figures = Extract("South Korea's spy agency put the first contingent of North Korean troops in Russia at about 1,500 and the planned total at some 12,000.");

        Assert.Equal((FigureMetric.TroopsPlanned, 12000L), (figures[^1].Metric, figures[^1].Low));
    }

    [Fact]
    public void Extract_FrontWordsTenWordsAfterTheNoun_PutTheCountAtTheFront()
    {
        var figure = Assert.Single(Extract(
            "South Korea's military believes about 3,000 North Korean troops have moved from rear positions in Kursk to front-line duty."));

        Assert.Equal(FigureMetric.TroopsFrontline, figure.Metric);
    }

    [Fact]
    public void Extract_FightingAsANounFarAfterTheNoun_IsNoFront()
    {
        var figure = Assert.Single(Extract(
            "The NIS said some 1,500 North Korean military engineers are now in the Kursk region removing explosives left by the fighting."));

        Assert.Equal(FigureMetric.Troops, figure.Metric);
    }

    [Theory]
    [InlineData("Ukrainian troops captured two North Korean soldiers, Kyiv said, as its intelligence service raised its estimate of North Korean losses to 4,500 dead and injured.", "ua-gov")]
    [InlineData("The NIS said on Monday that the intelligence service now puts North Korean losses at 4,500 dead and injured.", "kr-nis")]
    public void Extract_CommonNounOwnedByAPronoun_IsTheSourceNamedBefore(string sentence, string source)
    {
        Assert.Equal([source], Extract(sentence)[^1].Sources);
    }

    [Fact]
    public void Extract_QuotedTheAgency_IsTheAgencys()
    {
        var figure = Assert.Single(Extract("Pyongyang is preparing to dispatch about 6,000 military construction troops to Kursk, Park quoted the NIS as saying."));

        Assert.Equal(["kr-nis"], figure.Sources);
    }

    [Fact]
    public void Extract_AnOutletsEstimate_IsItsSource()
    {
        var figure = Assert.Single(Extract("The US estimate of roughly 13,000 North Korean troops in Russia is lower than recent figures from Seoul."));

        Assert.Equal(["us-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_TheOfficialsAfterASideClause_AreTheOfficialsNamedBefore()
    {
        var figure = Assert.Single(Extract(
            "Western officials briefed reporters in Brussels. The officials, who briefed reporters ahead of a meeting of defence ministers, said a further 1,000 North Korean engineers had been moved to Russia."));

        Assert.Equal(["western"], figure.Sources);
    }

    [Fact]
    public void Extract_TotalToBetween_IsATroopRange()
    {
        var figures = Extract("North Korea has begun sending about 6,000 fresh troops to Russia, the Pentagon said, bringing its total force there to between 12,000 and 14,000.");

        Assert.Equal((FigureMetric.Troops, 12000L, 14000L), (figures[^1].Metric, figures[^1].Low, figures[^1].High));
    }

    [Theory]
    [InlineData("Rutte said the North Korean presence in Russia could grow to as many as 20,000 by the end of the year.")]
    [InlineData("The Pentagon said 12,000 North Korean troops are in Russia. Rutte said the number could rise to as many as 20,000 by the end of the year.")]
    public void Extract_PresenceOrNumberThatCouldGrow_IsAPlan(string text)
    {
        var figure = Extract(text)[^1];

        Assert.Equal((FigureMetric.TroopsPlanned, 20000L, FigureQualifier.Under), (figure.Metric, figure.Low, figure.Qualifier));
    }

    [Fact]
    public void Extract_ListedAfterAPlanWithItsPurpose_IsAPlanToo()
    {
        var figures = Extract("North Korea will send 1,000 military sappers to clear mines in Russia's Kursk region and about 5,000 military builders to help rebuild it, Shoigu said.");

        Assert.Equal([FigureMetric.TroopsPlanned, FigureMetric.TroopsPlanned], figures.Select(f => f.Metric));
    }

    [Fact]
    public void Extract_SentThenAnotherCountAfterAndFarOn_IsNotListed()
    {
        var figures = Extract("North Korea will send 1,000 military sappers to clear mines in Russia's Kursk region, and about 5,000 soldiers are already there, Shoigu said.");

        Assert.Equal([FigureMetric.TroopsPlanned, FigureMetric.Troops], figures.Select(f => f.Metric));
    }

    [Fact]
    public void Extract_NewlyArrived_IsAnIncrement()
    {
        var figures = Extract("The Pentagon put North Korean strength in Russia at between 12,000 and 14,000, including some 6,000 newly arrived soldiers.");

        Assert.Equal(FigureMetric.TroopsAdditional, figures[^1].Metric);
    }

    [Fact]
    public void Extract_UnitedStatesTroopsAtHome_AreNoFigure()
    {
        Assert.Empty(Extract("North Korea has sent troops to Russia. The United States keeps around 28,500 troops in South Korea."));
    }

    [Fact]
    public void Extract_CasualtiesBeforeASidePhraseThenAreN_IsCasualties()
    {
        var figure = Assert.Single(Extract("Ukraine's general staff says North Korean casualties since May, killed and wounded, are around 1,000."));

        Assert.Equal((FigureMetric.Casualties, 1000L), (figure.Metric, figure.Low));
        Assert.Equal(["ua-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_GaveAFigureSaying_IsTheSubjectsFigure()
    {
        var figures = Extract(
            "NATO said 14,000 North Korean troops were in Russia. South Korea's Joint Chiefs of Staff gave a lower figure on Friday, saying it estimated the North Korean contingent at around 12,000.");

        Assert.Equal(["kr-jcs"], figures[^1].Sources);
    }

    [Fact]
    public void Extract_TheNumberTwoSentencesAfterACount_CountsWhatItCounted()
    {
        var figures = Extract(
            "The Pentagon estimates 12,000 to 14,000 North Korean troops are in Russia. The new estimate of North Korea's force in Russia is lower than the spy agency's. Seoul's defence ministry said it put the number at about 13,000.");

        Assert.Equal((FigureMetric.Troops, 13000L), (figures[^1].Metric, figures[^1].Low));
        Assert.Equal(["kr-gov"], figures[^1].Sources);
    }

    [Fact]
    public void Extract_TheNumberThreeSentencesAfterACount_IsNoFigure()
    {
        var figures = Extract(
            "The Pentagon estimates 12,000 North Korean troops are in Russia. The estimate is new. North Korea's force in Russia is large. Seoul's defence ministry said it put the number at about 13,000.");

        Assert.Equal([12000L], figures.Select(f => f.Low));
    }

    [Fact]
    public void Extract_StrengthPutAtARange_IsATroopRange()
    {
        var figure = Assert.Single(Extract("The U.S. Defense Department put the current North Korean strength in Russia at between 12,000 and 14,000."));

        Assert.Equal((FigureMetric.Troops, 12000L, 14000L), (figure.Metric, figure.Low, figure.High));
        Assert.Equal(["us-gov"], figure.Sources);
    }
}
