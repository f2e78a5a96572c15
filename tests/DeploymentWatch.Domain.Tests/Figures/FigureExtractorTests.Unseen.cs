using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// Phrasings met in outlets the rules were not written on: increments told with a growth verb, totals that name
/// their soldiers, plans in the passive, ranges, ministers and continuing speakers. Each comes with a sentence that
/// must not be misread. Sentences are written for these tests.
/// </summary>
public sealed partial class FigureExtractorTests
{
    [Theory]
    [InlineData("Pyongyang increased its contingent in Russia by 2,000 soldiers in May, Ukraine's military intelligence said.")]
    [InlineData("North Korea boosted its force in the Kursk region by about 2,000 troops, Ukraine's military intelligence said.")]
    [InlineData("North Korea has expanded its deployment in Russia by 2,000, Ukraine's military intelligence said.")]
    public void Extract_GrowthVerbThenBy_IsAnIncrement(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.TroopsAdditional, 2000L), (figure.Metric, figure.Low));
        Assert.Equal(["ua-gov"], figure.Sources);
    }

    [Theory]
    [InlineData("North Korea sent 2,000 troops by train to Russia, Ukraine's military intelligence said.", FigureMetric.Troops)]
    [InlineData("North Korean losses rose by 2,000 in May, Ukraine's military intelligence said.", FigureMetric.Casualties)]
    public void Extract_ByWithoutGrowthOfTroops_IsNoIncrement(string sentence, FigureMetric metric)
    {
        Assert.Equal(metric, Assert.Single(Extract(sentence)).Metric);
    }

    [Fact]
    public void Extract_IncrementThenTotal_GivesOneOfEach()
    {
        var figures = Extract("North Korea increased its contingent in Russia by 2,000 soldiers in May, bringing the total to roughly 13,000, Kyiv said.");

        Assert.Equal(
            [(FigureMetric.TroopsAdditional, 2000L, FigureQualifier.Exact), (FigureMetric.Troops, 13000L, FigureQualifier.About)],
            figures.Select(f => (f.Metric, f.Low, f.Qualifier)));
    }

    [Fact]
    public void Extract_TotalNamingItsSoldiers_IsATroopCount()
    {
        var figures = Extract(
            "North Korea has sent 3,000 more troops to Russia, the JCS said. The arrivals bring the total number of North Korean troops sent to Russia to around 14,000, the JCS said.");

        Assert.Equal(
            [(FigureMetric.TroopsAdditional, 3000L), (FigureMetric.Troops, 14000L)],
            figures.Select(f => (f.Metric, f.Low)));
    }

    [Fact]
    public void Extract_TotalOfTheDead_IsNoTroopCount()
    {
        var figures = Extract("The new clashes bring the total number of North Korean soldiers killed in Russia to around 2,000, the JCS said.");

        Assert.Equal(FigureMetric.Killed, Assert.Single(figures).Metric);
    }

    [Theory]
    [InlineData("As many as 30,000 additional North Korean soldiers could be dispatched to Russia, Kyiv said.")]
    [InlineData("Kyiv said 30,000 more North Korean troops would be sent to Russia.")]
    [InlineData("Kyiv said Pyongyang is preparing a new group of soldiers for Russia that could number up to 30,000.")]
    public void Extract_IncrementToBeSent_IsAPlan(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.TroopsPlanned, 30000L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_IncrementAlreadyArrived_IsNoPlan()
    {
        var figure = Assert.Single(Extract("Kyiv said 3,000 more North Korean troops had been sent to Russia."));

        Assert.Equal(FigureMetric.TroopsAdditional, figure.Metric);
    }

    [Fact]
    public void Extract_EstimatesRangeFrom_IsATroopRangeOfTheSourceAfter()
    {
        var figure = Assert.Single(Extract("Estimates of the force North Korea has sent range from 10,000 to 12,000, according to US officials."));

        Assert.Equal((FigureMetric.Troops, 10000L, 12000L), (figure.Metric, figure.Low, figure.High));
        Assert.Equal(["us-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_EstimatesAsAVerb_StillNamesTheSpeaker()
    {
        var figure = Assert.Single(Extract("The Pentagon estimates that 10,000 North Korean troops are in Russia."));

        Assert.Equal(["us-gov"], figure.Sources);
    }

    [Theory]
    [InlineData("Defense Minister Ahn Gyu-back told parliament that North Korea had moved about 5,000 military construction troops to Russia.", "kr-gov")]
    [InlineData("Ukraine's defence minister said North Korea had moved about 5,000 military construction troops to Russia.", "ua-gov")]
    [InlineData("Russia's defence minister said North Korea had moved about 5,000 military construction troops to Russia.", "ru-gov")]
    [InlineData("Defense Secretary Pete Hegseth said North Korea had moved about 5,000 military construction troops to Russia.", "us-gov")]
    public void Extract_DefenceMinister_IsTheGovernmentOfItsCountry(string sentence, string source)
    {
        Assert.Equal([source], Assert.Single(Extract(sentence)).Sources);
    }

    [Fact]
    public void Extract_NameThatAdds_ContinuesTheSpeakerBefore()
    {
        var figures = Extract(
            "Defense Minister Ahn Gyu-back said North Korea had moved about 5,000 construction troops to Russia. The troops rebuild bridges in Kursk, the minister said. Ahn added that about 10,000 North Korean soldiers remain stationed in Russia.");

        Assert.Equal([["kr-gov"], ["kr-gov"]], figures.Select(f => f.Sources));
        Assert.Equal(AttributionRule.CarriedFromBefore, figures[1].Rule);
    }

    [Fact]
    public void Extract_LongSubjectThatAdds_IsNoContinuingSpeaker()
    {
        var figures = Extract(
            "The JCS said North Korea had moved about 5,000 construction troops to Russia. A retired general who writes for a local newspaper added that 10,000 North Korean soldiers remain stationed in Russia.");

        Assert.Equal([FigureExtractor.Unattributed], figures[1].Sources);
    }

    [Theory]
    [InlineData("About 1,500 North Korean engineers are in Kursk, the NIS said. That may be only the start. The agency believes a further 5,000 builders will follow them.")]
    [InlineData("About 1,500 North Korean engineers are in Kursk, the NIS said. That may be only the start. The agency believes 5,000 of those builders will be sent next.")]
    public void Extract_PronounPointingTwoSentencesBack_KeepsTheSubject(string text)
    {
        var figures = Extract(text);

        Assert.Equal(
            [(FigureMetric.Troops, 1500L), (FigureMetric.TroopsPlanned, 5000L)],
            figures.Select(f => (f.Metric, f.Low)));
        Assert.Equal(["kr-nis"], figures[1].Sources);
    }

    [Fact]
    public void Extract_NoPronounTwoSentencesAfterTheSubject_IsNoFigure()
    {
        var figures = Extract(
            "About 1,000 North Korean soldiers were moved to the front, Kyiv said. The air force shot down 88 drones. Russian strikes on Kharkiv killed 4 civilians and injured 17.");

        Assert.Equal(1000L, Assert.Single(figures).Low);
    }

    [Fact]
    public void Extract_TheNumberAgain_NamesTheSamePeopleAndIsNoNewCount()
    {
        var figures = Extract(
            "Ukrainian forces have captured three more North Korean soldiers in Kursk, Zelensky said. The three men were taken to Kyiv for questioning.");

        var figure = Assert.Single(figures);
        Assert.Equal((FigureMetric.Captured, 3L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_TheBeforeANewValue_IsStillACount()
    {
        var figures = Extract(
            "Ukrainian forces have captured three North Korean soldiers in Kursk, Zelensky said. The 11,000 North Korean troops sent to Russia are now in Kursk, he said.");

        Assert.Equal([(FigureMetric.Captured, 3L), (FigureMetric.Troops, 11000L)], figures.Select(f => (f.Metric, f.Low)));
    }

    [Theory]
    [InlineData("A senior Ukrainian commander, speaking on condition of anonymity, said roughly 500 North Korean troops died in Kursk.", "ua-gov")]
    [InlineData("Lee Seong-kweun, a member of parliament's intelligence committee, said 500 North Korean soldiers had been killed in Russia.", "kr-nis")]
    [InlineData("About 500 North Korean soldiers have been killed in Russia's Kursk region, South Korea's spy chief told parliament.", "kr-nis")]
    [InlineData("Ukraine's defence intelligence agency reported that 500 North Korean soldiers had been killed in Kursk.", "ua-gov")]
    [InlineData("Britain's Defence Intelligence said 500 North Korean soldiers had been killed in Kursk.", "western")]
    public void Extract_SpeakerWithSideClauseOrTitle_NamesTheSource(string sentence, string source)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.Killed, 500L), (figure.Metric, figure.Low));
        Assert.Equal([source], figure.Sources);
    }

    [Fact]
    public void Extract_AppositiveWithoutArticle_AfterAnUnknownName_NamesNoSource()
    {
        var figure = Assert.Single(Extract("Kim, and Seoul's allies, said 500 North Korean soldiers had been killed in Russia."));

        Assert.DoesNotContain("kr-gov", figure.Sources);
    }

    [Fact]
    public void Extract_CountThenPassiveDeployment_IsATroopCount()
    {
        var figure = Assert.Single(Extract("Moscow has never confirmed that North Korean troops are in Russia, but Kyiv says around 11,000 were sent in late 2024."));

        Assert.Equal((FigureMetric.Troops, 11000L), (figure.Metric, figure.Low));
        Assert.Equal(["ua-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_CountThenPassiveOtherVerb_IsNoTroopCount()
    {
        Assert.Empty(Extract("Moscow has never confirmed that North Korean troops are in Russia, but Kyiv says around 11,000 were seen on video."));
    }

    [Fact]
    public void Extract_CasualtyWordInAnotherNounsRelativeClause_IsNotTheCountsMetric()
    {
        var figure = Assert.Single(Extract("Seoul said 2,000 fresh North Korean soldiers replaced units that had suffered losses in Kursk."));

        Assert.Equal((FigureMetric.TroopsAdditional, 2000L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_CasualtyWordInTheCountsOwnRelativeClause_IsItsMetric()
    {
        var figure = Assert.Single(Extract("Seoul said 2,000 North Korean soldiers who fought in Kursk were killed."));

        Assert.Equal(FigureMetric.Killed, figure.Metric);
    }

    [Fact]
    public void Extract_PartSpokenByAnUnnamedSpeaker_DoesNotBorrowTheOtherPartsSource()
    {
        var figures = Extract(
            "North Korea could eventually send as many as 100,000 soldiers to Russia, some analysts say, though Seoul's intelligence service puts the number of its troops there at about 15,000.");

        Assert.Equal(
            [(FigureMetric.TroopsPlanned, 100000L, FigureExtractor.Unattributed), (FigureMetric.Troops, 15000L, "kr-nis")],
            figures.Select(f => (f.Metric, f.Low, Assert.Single(f.Sources))));
    }

    [Fact]
    public void Extract_PartWithoutASpeaker_StillTakesTheSentencesSource()
    {
        var figure = Assert.Single(Extract("North Korea has sent 11,000 soldiers to Russia, though the NIS said it was unsure of the total."));

        Assert.Equal(["kr-nis"], figure.Sources);
    }

    [Theory]
    [InlineData("Zelensky said North Korean troops in Kursk had lost about 1,000 men in a week.")]
    [InlineData("Zelensky said North Korean troops in Kursk had lost about 1,000 men within a month.")]
    public void Extract_CountOverAPeriod_IsACount(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.Casualties, 1000L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_CountPerPeriod_IsARate()
    {
        Assert.Empty(Extract("Zelensky said North Korean troops in Kursk were losing about 100 men a day."));
    }

    [Theory]
    [InlineData("North Korean troops are fighting in Kursk. According to an official at South Korea's presidential office, about 3,000 more were sent this month.")]
    [InlineData("North Korean troops are fighting in Kursk. According to an official at South Korea's presidential office, about 3,000 more have been deployed this month.")]
    public void Extract_MoreThenPassiveDeployment_IsAnIncrement(string text)
    {
        var figure = Assert.Single(Extract(text));

        Assert.Equal((FigureMetric.TroopsAdditional, 3000L), (figure.Metric, figure.Low));
        Assert.Equal(["kr-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_MoreThenAnotherVerb_IsNoTroopCount()
    {
        Assert.Empty(Extract("North Korean troops are fighting in Kursk. According to an official at South Korea's presidential office, 3,000 more were seen on drone footage."));
    }

    [Fact]
    public void Extract_ThatBringsTheNumberTo_TotalsTheCountBeforeWithItsSource()
    {
        var figures = Extract(
            "Ukrainian forces captured three more North Korean soldiers in Kursk, Zelensky said. That brings the number of North Koreans held by Ukraine to five.");

        Assert.Equal(
            [(FigureMetric.Captured, 3L, "ua-gov"), (FigureMetric.Captured, 5L, "ua-gov")],
            figures.Select(f => (f.Metric, f.Low, Assert.Single(f.Sources))));
        Assert.Equal(AttributionRule.CarriedFromBefore, figures[1].Rule);
    }

    [Fact]
    public void Extract_SentenceThatDoesNotGoOnFromTheStatement_StaysUnattributed()
    {
        var figures = Extract(
            "Ukrainian forces captured three more North Korean soldiers in Kursk, Zelensky said. Separately, five North Koreans are held by Ukraine in Kyiv.");

        Assert.Equal([FigureExtractor.Unattributed], figures[1].Sources);
    }

    [Theory]
    [InlineData("About 600 North Korean troops killed in Russia \u2014 NIS", "kr-nis")]
    [InlineData("About 600 North Korean troops killed in Russia \u2013 Kyiv", "ua-gov")]
    [InlineData("About 600 North Korean troops killed in Russia - the Pentagon", "us-gov")]
    public void Extract_HeadlineSourceAfterADash_NamesTheSource(string headline, string source)
    {
        var figure = Assert.Single(Extract(headline + "\nThe soldiers died in the Kursk fighting."));

        Assert.Equal([source], figure.Sources);
        Assert.Equal(AttributionRule.HeadlineEdge, figure.Rule);
    }

    [Fact]
    public void Extract_HeadlineDashBeforeOtherWords_NamesNoSource()
    {
        var figure = Assert.Single(Extract("About 600 North Korean troops killed in Russia \u2014 what the NIS knows\nThe soldiers died in Kursk."));

        Assert.Equal([FigureExtractor.Unattributed], figure.Sources);
    }

    [Fact]
    public void Extract_HeadlineFigureWithTheSourceInTheLead_TakesTheLeadsSource()
    {
        const string title = "North Korea to send 6,000 engineers to Russia";
        var figure = Assert.Single(ExtractTitled(title, title + "\nNorth Korea will send military engineers to Russia's Kursk region, a Russian official said on Tuesday."));

        Assert.Equal((FigureMetric.TroopsPlanned, 6000L), (figure.Metric, figure.Low));
        Assert.Equal(["ru-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_HeadlineFigureOverALeadAboutSomethingElse_StaysUnattributed()
    {
        const string title = "North Korea to send 6,000 engineers to Russia";
        var figure = Assert.Single(ExtractTitled(title, title + "\nRussia's economy grew last year, a Russian official said on Tuesday."));

        Assert.Equal([FigureExtractor.Unattributed], figure.Sources);
    }

    private static IReadOnlyList<Figure> ExtractTitled(string title, string text) => Extractor.Extract(SentenceSplitter.Split(text), title).Figures;
}
