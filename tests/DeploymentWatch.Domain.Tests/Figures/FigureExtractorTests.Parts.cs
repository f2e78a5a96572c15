using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// A part of a whole ("8,000 of some 15,000"), numbers in words with hundreds after thousands, dates that are not
/// counts, another side's soldiers told by "its" or a relative clause, the quoted agency, losses a count makes up
/// for, a total in a sentence of soldiers sent. Sentences are written for these tests.
/// </summary>
public sealed partial class FigureExtractorTests
{
    [Theory]
    [InlineData("Kyiv said about 8,000 of some 15,000 North Korean troops in Russia were in combat.", 8000L, 15000L)]
    [InlineData("Kyiv said 6,000 of the 13,000 North Korean troops in Russia were in combat.", 6000L, 13000L)]
    public void Extract_PartInCombatOfAWhole_PartIsAtTheFrontWholeIsTheTotal(string sentence, long part, long whole)
    {
        var figures = Extract(sentence);

        Assert.Equal([(FigureMetric.TroopsFrontline, part), (FigureMetric.Troops, whole)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Fact]
    public void Extract_ThousandsThenHundredsInWords_IsOneNumber()
    {
        var figure = Assert.Single(Extract("The agency told lawmakers that about five thousand five hundred North Korean soldiers have been killed or wounded."));

        Assert.Equal((FigureMetric.Casualties, 5500L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_DayOfAnAbbreviatedMonth_IsNoCount()
    {
        var figure = Assert.Single(Extract("The NIS told lawmakers on Dec 3 that North Korean casualties stood at around 5,500."));

        Assert.Equal((FigureMetric.Casualties, 5500L), (figure.Metric, figure.Low));
    }

    [Theory]
    [InlineData("Russia, which has 600,000 soldiers deployed in and around Ukraine, has not said how many North Koreans serve with them.")]
    [InlineData("China says around 180,000 of its soldiers died fighting for North Korea.")]
    public void Extract_AnotherSidesSoldiers_AreNoFigure(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Fact]
    public void Extract_NorthKoreaWhichHasSent_IsAFigure()
    {
        var figure = Assert.Single(Extract("North Korea, which has 12,000 soldiers deployed in Russia, is sending more, the NIS said."));

        Assert.Equal(12000L, figure.Low);
    }

    [Fact]
    public void Extract_AgencyWasQuotedAsSaying_IsTheSource()
    {
        var figure = Assert.Single(Extract("Pyongyang appears to be readying a further contingent of up to 6,000 for Russia, the NIS was quoted as saying."));

        Assert.Equal((FigureMetric.TroopsPlanned, FigureQualifier.Under), (figure.Metric, figure.Qualifier));
        Assert.Equal(["kr-nis"], figure.Sources);
    }

    [Fact]
    public void Extract_SentToMakeUpForLosses_IsAPlanNotALoss()
    {
        var figure = Assert.Single(Extract("Kyiv said another 5,000 North Korean troops will be sent to Russia by March to make up for losses."));

        Assert.Equal(FigureMetric.TroopsPlanned, figure.Metric);
    }

    [Theory]
    [InlineData("Kyiv said three soldiers from North Korea were taken alive by Ukrainian paratroopers in Kursk.", FigureMetric.Captured)]
    [InlineData("South Korea's military believes around 5,000 North Korean soldiers are deployed in combat areas in Russia.", FigureMetric.TroopsFrontline)]
    [InlineData("North Korea's dead and wounded in Russia's war against Ukraine have climbed to about 5,500, the spy agency said.", FigureMetric.Casualties)]
    public void Extract_MorePhrasings_GiveTheirMetric(string sentence, FigureMetric metric)
    {
        Assert.Equal(metric, Assert.Single(Extract(sentence)).Metric);
    }

    [Fact]
    public void Extract_TotalInASentenceOfSoldiersSent_IsATroopCountNotTheLossBefore()
    {
        var figures = Extract(
            "The JCS said about 1,000 North Korean soldiers were wounded in Russia. If the North sends another contingent, the total could reach 20,000 by spring, the report said.");

        Assert.Equal(FigureMetric.TroopsPlanned, figures[^1].Metric);
    }

    [Theory]
    [InlineData("Kyiv said it counts \"no fewer than 16,000\" North Korean servicemen on Russian soil.", FigureMetric.Troops, FigureQualifier.Over)]
    [InlineData("North Korea agreed to send more troops. Kyiv said another 5,000 will be sent by March.", FigureMetric.TroopsPlanned, FigureQualifier.Exact)]
    [InlineData("North Korean troops are in Russia. Kyiv said about 8,000 are in combat at any one time.", FigureMetric.TroopsFrontline, FigureQualifier.About)]
    [InlineData("North Korean troops are in Russia. About 3,000 more arrived in December alone, NATO said.", FigureMetric.TroopsAdditional, FigureQualifier.About)]
    public void Extract_NoNounButWhatIsSaidOfThem_CountsSoldiers(string text, FigureMetric metric, FigureQualifier qualifier)
    {
        var figure = Extract(text)[^1];

        Assert.Equal((metric, qualifier), (figure.Metric, figure.Qualifier));
    }

    [Fact]
    public void Extract_NoNounAndNothingOfSoldiers_IsNoFigure()
    {
        Assert.Empty(Extract("North Korean troops are in Russia. Kyiv said about 8,000 are expensive."));
    }

    [Fact]
    public void Extract_PartAfterAWholeInTheSameSentence_IsAtTheFront()
    {
        var figures = Extract("Of approximately 15,000 North Korean servicemen in Russia, about 8,000 are engaged in combat, the HUR said.");

        Assert.Equal([(FigureMetric.Troops, 15000L), (FigureMetric.TroopsFrontline, 8000L)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Theory]
    [InlineData("Washington says more than 7,000 North Korean troops in Russia have been killed or wounded, about 2,000 of them fatally.", 2000L, FigureMetric.Killed)]
    [InlineData("US officials say 7,000 North Korean troops in Russia were killed or wounded. Western officials put the number of dead higher, at about 2,500.", 2500L, FigureMetric.Killed)]
    public void Extract_DeadToldAfterTheCasualties_AreKilled(string text, long value, FigureMetric metric)
    {
        var figure = Extract(text)[^1];

        Assert.Equal((metric, value), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_VerifyingAnotherSourcesAnnouncement_NamesTheAnnouncer()
    {
        var figure = Assert.Single(Extract(
            "South Korea's foreign ministry said it was verifying Ukraine's announcement that three North Korean soldiers had been captured in Kursk."));

        Assert.Contains("ua-gov", figure.Sources);
    }

    [Fact]
    public void Extract_PartOfThemInTheNextSentence_KeepsTheSourceBefore()
    {
        var figures = Extract("Kyiv said 11,000 North Korean troops are in Russia. Roughly 8,000 of them are in combat in Kursk.");

        Assert.Equal(["ua-gov"], figures[^1].Sources);
        Assert.Equal(FigureMetric.TroopsFrontline, figures[^1].Metric);
    }

    [Fact]
    public void Extract_IncrementLiftingTheDeploymentTo_GivesTheTotal()
    {
        var figures = Extract("North Korea has sent another 3,000 soldiers to Russia this year, lifting its deployment there to about 14,000, the NIS said.");

        Assert.Equal([(FigureMetric.TroopsAdditional, 3000L), (FigureMetric.Troops, 14000L)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Fact]
    public void Extract_TheTotalAfterAnIncrementInTheSentenceBefore_IsATotal()
    {
        var figures = Extract("North Korea has sent another 3,000 soldiers to Russia, the NIS said. The NIS now puts the total at about 14,000.");

        Assert.Equal([(FigureMetric.TroopsAdditional, 3000L), (FigureMetric.Troops, 14000L)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Fact]
    public void Extract_SoldiersAddedToTheContingent_AreAnIncrement()
    {
        var figure = Extract("The NIS said 3,000 North Korean soldiers had been added to the contingent in Russia this year, bringing it to roughly 14,000.")[0];

        Assert.Equal((FigureMetric.TroopsAdditional, 3000L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_TheCaptureOfThree_IsACapture()
    {
        var figure = Assert.Single(Extract("The capture of three North Korean soldiers announced by Zelensky shows how deep the deployment in Russia runs."));

        Assert.Equal((FigureMetric.Captured, 3L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_DefenseDepartment_IsWashington()
    {
        var figures = Extract("The Defense Department said it believes some 9,000 troops from North Korea have joined front-line fighting in Russia.");

        Assert.Equal(["us-gov"], Assert.Single(figures).Sources);
    }
}
