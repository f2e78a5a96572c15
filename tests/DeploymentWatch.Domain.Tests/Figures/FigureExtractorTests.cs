using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>Phrasings of other outlets, beyond the seeds: each sentence must give exactly the figure stated.</summary>
public sealed partial class FigureExtractorTests
{
    private static readonly FigureExtractor Extractor = new(SourceProfiles.Standard);

    [Theory]
    [InlineData("Pyongyang has dispatched roughly 12,000 troops to Russia, U.S. officials said.", "troops", 12000, 12000, "about", "us-gov")]
    [InlineData("Some 1,000 North Korean soldiers have been killed or wounded, Ukraine's military intelligence said.", "casualties", 1000, 1000, "about", "ua-gov")]
    [InlineData("At least 30 North Koreans were captured by Ukrainian forces in the Kursk region, Kyiv said.", "captured", 30, 30, "over", "ua-gov")]
    [InlineData("North Korea could send up to 15,000 more troops to Russia, according to South Korea's spy agency.", "troops-planned", 15000, 15000, "under", "kr-nis")]
    [InlineData("A dozen North Korean soldiers were killed in a drone strike, Ukraine's military said.", "killed", 12, 12, "exact", "ua-gov")]
    [InlineData("Between 10,000 and 12,000 North Korean troops are in Russia, NATO said.", "troops", 10000, 12000, "exact", "nato")]
    [InlineData("North Korea has sent 10,000-12,000 soldiers to Russia, the Pentagon said.", "troops", 10000, 12000, "exact", "us-gov")]
    [InlineData("North Korea has sent 10,000 to 12,000 soldiers to Russia.", "troops", 10000, 12000, "exact", "unattributed")]
    [InlineData("The Pentagon estimates North Korea has sent 10,000 to 12,000 soldiers to Russia.", "troops", 10000, 12000, "about", "us-gov")]
    [InlineData("Kyiv says 3,000-plus North Korean troops have been killed.", "killed", 3000, 3000, "over", "ua-gov")]
    [InlineData("Ukrainian forces have killed about 200 North Korean troops, according to Ukrainian intelligence.", "killed", 200, 200, "about", "ua-gov")]
    [InlineData("An estimated 11 000 North Korean soldiers are stationed in Russia's Kursk region, Western officials said.", "troops", 11000, 11000, "about", "western")]
    [InlineData("Nearly 4,000 North Korean troops have been wounded in Kursk, Zelenskyy said on Telegram.", "wounded", 4000, 4000, "under", "ua-gov")]
    [InlineData("Fewer than 100 North Korean soldiers have been taken prisoner, a Ukrainian official said.", "captured", 100, 100, "under", "ua-gov")]
    [InlineData("According to the NIS, more than 3,000 North Korean troops have been moved to the front line.", "troops-frontline", 3000, 3000, "over", "kr-nis")]
    [InlineData("North Korea plans to send a total of 25,000 troops to Russia, the Pentagon said.", "troops-planned", 25000, 25000, "exact", "us-gov")]
    [InlineData("Two North Korean soldiers were captured alive in Kursk, Zelensky said.", "captured", 2, 2, "exact", "ua-gov")]
    [InlineData("The death toll among North Korean troops has risen to about 600, according to NIS.", "killed", 600, 600, "about", "kr-nis")]
    [InlineData("North Korean casualties in Kursk stand at approximately 4,700, the JCS said.", "casualties", 4700, 4700, "about", "kr-jcs")]
    [InlineData("In excess of 1,500 North Korean troops have died in the fighting, a lawmaker briefed by the spy agency said.", "killed", 1500, 1500, "over", "kr-nis")]
    [InlineData("North Korea has sent 1.5 thousand more soldiers to Kursk, Kyiv said.", "troops-additional", 1500, 1500, "exact", "ua-gov")]
    [InlineData("“About 1,100 North Korean soldiers have been killed or wounded,” said the Joint Chiefs of Staff.", "casualties", 1100, 1100, "about", "kr-jcs")]
    [InlineData("Ukraine's military intelligence agency, HUR, said on Saturday that about 12,000 North Korean troops were now in Kursk.", "troops", 12000, 12000, "about", "ua-gov")]
    [InlineData("Around 4,700 North Korean soldiers have been killed or wounded since they joined the fighting, according to the NIS.", "casualties", 4700, 4700, "about", "kr-nis")]
    [InlineData("North Korean losses are estimated at around 4,000, Zelensky said in an interview.", "casualties", 4000, 4000, "about", "ua-gov")]
    [InlineData("Ukrainian forces captured two wounded North Korean soldiers, Zelensky said.", "captured", 2, 2, "exact", "ua-gov")]
    [InlineData("In all, Pyongyang is believed to have sent 11,000 to 12,000 troops.", "troops", 11000, 12000, "exact", "unattributed")]
    [InlineData("The spy agency told lawmakers that about 1,000 North Korean soldiers were killed in Russia's Kursk region.", "killed", 1000, 1000, "about", "kr-nis")]
    [InlineData("The NIS said North Korea had sent about 2,000 more troops to Russia this year.", "troops-additional", 2000, 2000, "about", "kr-nis")]
    [InlineData("In October, approximately 10,000 to 12,000 North Korean troops were sent to Russia, as indicated by intelligence from the U.S., South Korea, and Ukraine.", "troops", 10000, 12000, "about", "ua-gov")]
    [InlineData("Kyiv: more than 3,000 North Korean troops killed or wounded", "casualties", 3000, 3000, "over", "ua-gov")]
    [InlineData("North Korea's casualties in Russia: JCS estimates about 1,100", "casualties", 1100, 1100, "about", "kr-jcs")]
    [InlineData("NATO Secretary General Mark Rutte said more than 10,000 North Korean troops had been sent to Russia.", "troops", 10000, 10000, "over", "nato")]
    [InlineData("North Korea has rotated roughly 20,000 troops through Russia since last year, the JCS said.", "troops", 20000, 20000, "about", "kr-jcs")]
    [InlineData("Ukraine said its forces had killed 30 North Korean soldiers near the village of Plekhovo.", "killed", 30, 30, "exact", "ua-gov")]
    [InlineData("One North Korean soldier was captured alive near Kursk, Ukraine's military said.", "captured", 1, 1, "exact", "ua-gov")]
    [InlineData("North Korean troops numbering about 11,000 are fighting in Kursk, the Pentagon said.", "troops-frontline", 11000, 11000, "about", "us-gov")]
    [InlineData("As many as 1,500 North Korean troops may have been killed, Ukrainian intelligence estimates.", "killed", 1500, 1500, "under", "ua-gov")]
    [InlineData("The North has lost roughly 4,000 men in Kursk, according to a Western official.", "casualties", 4000, 4000, "about", "western")]
    [InlineData("Fifteen North Korean soldiers were captured, a Ukrainian commander told the BBC.", "captured", 15, 15, "exact", "ua-gov")]
    [InlineData("Zelenskyy said on X that Ukraine now holds two North Korean prisoners of war.", "captured", 2, 2, "exact", "ua-gov")]
    public void Extract_OtherOutletPhrasing_GivesTheStatedFigure(string sentence, string metric, long low, long high, string qualifier, string source)
    {
        var figures = Extract(sentence);

        var figure = Assert.Single(figures);
        Assert.Equal(metric, figure.Metric.ToId());
        Assert.Equal(low, figure.Low);
        Assert.Equal(high, figure.High);
        Assert.Equal(qualifier, figure.Qualifier.ToId());
        Assert.Contains(source, figure.Sources);
    }

    [Fact]
    public void Extract_KilledWithAnotherInjured_GivesTwoFigures()
    {
        var figures = Extract(
            "About 300 North Korean troops have been killed with another 2,700 injured, a South Korean lawmaker briefed by the spy agency said.");

        Assert.Collection(
            figures,
            f => Assert.Equal((FigureMetric.Killed, 300L, FigureQualifier.About), (f.Metric, f.Low, f.Qualifier)),
            f => Assert.Equal((FigureMetric.Wounded, 2700L, FigureQualifier.Exact), (f.Metric, f.Low, f.Qualifier)));
        Assert.All(figures, f => Assert.Equal(["kr-nis"], f.Sources));
    }

    [Fact]
    public void Extract_TwoSourcesJoinedByWhile_KeepsEachNumbersOwnSource()
    {
        var figures = Extract(
            "Kyiv says more than 3,000 North Korean soldiers have been killed or wounded, while the NIS said around 300 had died.");

        Assert.Equal(2, figures.Count);
        Assert.Equal(["ua-gov"], figures[0].Sources);
        Assert.Equal(FigureMetric.Casualties, figures[0].Metric);
        Assert.Equal(["kr-nis"], figures[1].Sources);
        Assert.Equal(FigureMetric.Killed, figures[1].Metric);
    }

    [Fact]
    public void Extract_MoreExpectedToFollow_GivesPlannedRange()
    {
        var figures = Extract("North Korea has sent 12,000 troops, and another 3,000 to 5,000 are expected to follow, South Korean officials said.");

        Assert.Equal(2, figures.Count);
        Assert.Equal((FigureMetric.Troops, 12000L, 12000L), (figures[0].Metric, figures[0].Low, figures[0].High));
        Assert.Equal((FigureMetric.TroopsPlanned, 3000L, 5000L), (figures[1].Metric, figures[1].Low, figures[1].High));
        Assert.All(figures, f => Assert.Equal(["kr-gov"], f.Sources));
    }

    [Fact]
    public void Extract_ShareOfTotal_GivesBothCounts()
    {
        var figures = Extract("North Korea has deployed an estimated 14,000 troops to Russia, including 3,000 sent in January, the NIS said.");

        Assert.Equal([(14000L, FigureQualifier.About), (3000L, FigureQualifier.Exact)], figures.Select(f => (f.Low, f.Qualifier)));
        Assert.All(figures, f => Assert.Equal(FigureMetric.Troops, f.Metric));
    }

    [Fact]
    public void Extract_SourceListWithOxfordComma_GivesEverySource()
    {
        var figures = Extract("About 11,000 North Korean troops were sent to Russia, according to intelligence from the U.S., South Korea, and Ukraine.");

        Assert.Equal(["us-gov", "kr-gov", "ua-gov"], Assert.Single(figures).Sources);
    }

    [Fact]
    public void Extract_HeadlineWithSourceAndColon_AttributesBothFigures()
    {
        var figures = Extract("NIS: about 300 North Korean soldiers killed, 2,700 wounded");

        Assert.Equal(
            [(FigureMetric.Killed, 300L, FigureQualifier.About), (FigureMetric.Wounded, 2700L, FigureQualifier.Exact)],
            figures.Select(f => (f.Metric, f.Low, f.Qualifier)));
        Assert.All(figures, f => Assert.Equal(["kr-nis"], f.Sources));
    }

    [Fact]
    public void Extract_TwoSourcesInTwoClauses_EachNumberGetsItsClausesSource()
    {
        var figures = Extract(
            "The Pentagon estimates that North Korea has suffered about 1,200 casualties, a figure lower than Kyiv's count of 3,000.");

        Assert.Equal([(1200L, "us-gov"), (3000L, "ua-gov")], figures.Select(f => (f.Low, Assert.Single(f.Sources))));
        Assert.All(figures, f => Assert.Equal(FigureMetric.Casualties, f.Metric));
    }

    [Fact]
    public void Extract_ListOfSources_GivesEverySource()
    {
        var figures = Extract("Seoul, Washington and Kyiv say about 12,000 North Korean troops are stationed in Russia.");

        var figure = Assert.Single(figures);
        Assert.Equal(["kr-gov", "us-gov", "ua-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_PossessorBeforeAgency_AttributesToTheAgencyOnly()
    {
        var figures = Extract("South Korea's Joint Chiefs of Staff said 1,100 North Korean soldiers were killed or wounded.");

        Assert.Equal(["kr-jcs"], Assert.Single(figures).Sources);
    }

    [Fact]
    public void Extract_CountryNamedOutsideAttribution_IsNotASource()
    {
        var figures = Extract("Pyongyang has deployed about 11,000 soldiers to support Moscow's forces against Ukraine, the Pentagon said.");

        Assert.Equal(["us-gov"], Assert.Single(figures).Sources);
    }

    [Fact]
    public void Extract_SubjectCarriedFromPreviousSentence_GivesFigure()
    {
        var figures = Extract(
            "Ukraine said Russian and North Korean forces suffered heavy losses in Kursk. More than 3,000 have been killed or wounded, according to Kyiv.");

        var figure = Assert.Single(figures);
        Assert.Equal((FigureMetric.Casualties, 3000L, FigureQualifier.Over), (figure.Metric, figure.Low, figure.Qualifier));
        Assert.Equal(1, figure.SentenceIndex);
    }

    [Fact]
    public void Extract_QuoteInNextSentence_CarriesTheSourceOver()
    {
        var figures = Extract(
            "The Joint Chiefs of Staff issued a statement on North Korea on Monday. “We estimate that about 1,100 North Korean soldiers have been killed or wounded,” it added.");

        Assert.Equal(["kr-jcs"], Assert.Single(figures).Sources);
    }

    [Fact]
    public void Extract_QuoteWithSpeakerInNextSentence_TakesTheNextSentencesSource()
    {
        var figures = Extract(
            "North Korea has sent troops to Kursk. “About 1,100 North Korean soldiers were killed or wounded.” The Joint Chiefs of Staff said so on Monday.");

        Assert.Equal(["kr-jcs"], Assert.Single(figures).Sources);
    }

    [Fact]
    public void Extract_PronounSpeaker_CarriesTheSourceOver()
    {
        var figures = Extract(
            "The Pentagon briefed reporters about North Korea's troops in Russia on Tuesday. It said 8,000 North Korean soldiers had been moved to Kursk.");

        Assert.Equal(["us-gov"], Assert.Single(figures).Sources);
    }

    [Fact]
    public void Extract_UnnamedSpeakerAfterNamedOne_IsUnattributedNotCarried()
    {
        var figures = Extract(
            "Kyiv said the fighting in Kursk was intense. The Kremlin denies North Korean troops are there, but analysts estimate there are up to 12,000 of them.");

        Assert.Equal([FigureExtractor.Unattributed], Assert.Single(figures).Sources);
    }

    [Fact]
    public void Extract_BriefingByAgency_AttributesToTheAgency()
    {
        var figures = Extract("North Korean casualties have reached 3,000, including 300 deaths, a lawmaker said after a briefing by the NIS.");

        Assert.Equal([(FigureMetric.Casualties, 3000L), (FigureMetric.Killed, 300L)], figures.Select(f => (f.Metric, f.Low)));
        Assert.All(figures, f => Assert.Equal(["kr-nis"], f.Sources));
    }

    [Fact]
    public void Extract_NoSourceNamed_IsUnattributed()
    {
        var figures = Extract("North Korea has sent around 11,000 troops to Russia's Kursk region.");

        Assert.Equal([FigureExtractor.Unattributed], Assert.Single(figures).Sources);
    }

    [Fact]
    public void Extract_SameFigureTwiceInArticle_ReportsItOnce()
    {
        var figures = Extract(
            "About 11,000 North Korean troops are in Russia, the Pentagon said. The Pentagon said again that about 11,000 North Korean troops are in Russia.");

        Assert.Single(figures);
    }

    [Fact]
    public void Extract_FigureRecordsSentence_KeepsIndexAndText()
    {
        var text = "Kim Jong Un met Putin. North Korea has sent about 11,000 troops to Russia, Kyiv said.";

        var figure = Assert.Single(Extract(text));

        Assert.Equal(1, figure.SentenceIndex);
        Assert.Equal("North Korea has sent about 11,000 troops to Russia, Kyiv said.", figure.Sentence);
    }

    private static IReadOnlyList<Figure> Extract(string text) => Extractor.Extract(SentenceSplitter.Split(text));
}
