using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// The phrasings that broke attribution and metrics on unseen news, each with a sentence that must work and one
/// that must not be misread. Sentences are written for these tests.
/// </summary>
public sealed partial class FigureExtractorTests
{
    // 1. Attribution reach.
    [Theory]
    [InlineData("The Defense Ministry has told lawmakers that 700 North Korean soldiers were killed in Kursk.", "kr-gov")]
    [InlineData("The JCS has also said that 700 North Korean soldiers were killed in Kursk.", "kr-jcs")]
    [InlineData("Ukrainian officials, who spoke on condition of anonymity, said 700 North Korean soldiers were killed in Kursk.", "ua-gov")]
    [InlineData("A lawmaker briefed by the spy agency said 700 North Korean soldiers were killed in Kursk.", "kr-nis")]
    [InlineData("A South Korean lawmaker said 700 North Korean soldiers were killed in Kursk.", "kr-nis")]
    [InlineData("Yonhap reported that 700 North Korean soldiers were killed in Kursk, citing the National Intelligence Service.", "kr-nis")]
    [InlineData("Some 700 North Korean soldiers were killed in Kursk, a tally given by Ukraine's military.", "ua-gov")]
    [InlineData("Ukraine's spy agency said 700 North Korean soldiers were killed in Kursk.", "ua-gov")]
    [InlineData("Seoul's spy agency said 700 North Korean soldiers were killed in Kursk.", "kr-nis")]
    public void Extract_SpeakerAwayFromTheVerb_StillNamesTheSource(string sentence, string source)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal(FigureMetric.Killed, figure.Metric);
        Assert.Equal([source], figure.Sources);
    }

    [Fact]
    public void Extract_SourceInTheNextSentence_PointingBack_TakesIt()
    {
        var figures = Extract("About 700 North Korean soldiers were killed near Sudzha. This was stated by the chief of Ukraine's military intelligence.");

        var figure = Assert.Single(figures);
        Assert.Equal(["ua-gov"], figure.Sources);
        Assert.Equal(AttributionRule.NextSentence, figure.Rule);
    }

    [Fact]
    public void Extract_NextSentenceAboutSomethingElse_DoesNotLendItsSource()
    {
        var figures = Extract("About 700 North Korean soldiers were killed near Sudzha. Kyiv said separately that it had struck a Russian airfield.");

        Assert.Equal([FigureExtractor.Unattributed], Assert.Single(figures).Sources);
    }

    [Theory]
    [InlineData("According to the reports, North Korea has sent around 9,000 troops to Russia.")]
    [InlineData("The Pentagon spoke about Kursk. According to the reports, North Korea has sent around 9,000 troops to Russia.")]
    public void Extract_ReportsWithoutAnAgent_StayUnattributed(string text)
    {
        Assert.Equal([FigureExtractor.Unattributed], Assert.Single(Extract(text)).Sources);
    }

    [Fact]
    public void Extract_PassiveReportingVerb_NamesNoSpeaker()
    {
        var figure = Assert.Single(Extract("About 9,000 North Korean troops are estimated to be deployed near the border with Ukraine."));

        Assert.Equal(FigureMetric.Troops, figure.Metric);
        Assert.Equal([FigureExtractor.Unattributed], figure.Sources);
    }

    // 2. Headlines and datelines.
    [Theory]
    [InlineData("At least 900 North Korean soldiers killed in clashes: spy agency", FigureMetric.Killed, "kr-nis")]
    [InlineData("North Korean war dead top 900, Ukrainian President says", FigureMetric.Killed, "ua-gov")]
    [InlineData("NATO: 900 North Korean soldiers wounded in Kursk", FigureMetric.Wounded, "nato")]
    public void Extract_HeadlineWithSourceAtItsEdge_NamesIt(string headline, FigureMetric metric, string source)
    {
        var figures = _ = Extractor.Extract(SentenceSplitter.Split(headline + "\nThe fighting went on."), headline).Figures;

        var figure = Assert.Single(figures);
        Assert.Equal(metric, figure.Metric);
        Assert.Equal([source], figure.Sources);
        Assert.Equal(900, figure.Low);
    }

    [Fact]
    public void Extract_HeadlineRepeatedInTheBodyWithoutSource_LendsTheBodyItsSource()
    {
        const string headline = "900 North Korean soldiers killed in Kursk: spy agency";
        var text = headline + "\nAbout 900 North Korean soldiers have been killed in Kursk since the winter.";

        var figure = Assert.Single(Extractor.Extract(SentenceSplitter.Split(text), headline).Figures);

        Assert.Equal(FigureQualifier.About, figure.Qualifier);
        Assert.Equal(["kr-nis"], figure.Sources);
        Assert.Equal(AttributionRule.Headline, figure.Rule);
    }

    [Theory]
    [InlineData("SEOUL: North Korea has sent about 9,000 troops to Russia.")]
    [InlineData("KYIV, Jan 5 (Reuters) - North Korea has sent about 9,000 troops to Russia.")]
    [InlineData("WASHINGTON, United States \u2014 North Korea has sent about 9,000 troops to Russia.")]
    public void Extract_Dateline_IsAPlaceNotASpeaker(string text)
    {
        var figure = Assert.Single(Extract(text));

        Assert.Equal(9000, figure.Low);
        Assert.Equal([FigureExtractor.Unattributed], figure.Sources);
    }

    // 3. What the number counts.
    [Theory]
    [InlineData("Some 9,000 North Korean troops are stationed in Kursk, the Pentagon said.", "troops")]
    [InlineData("Some 9,000 North Korean troops are fighting on the front line in Kursk, the Pentagon said.", "troops-frontline")]
    [InlineData("Some 9,000 North Korean troops are in the frontline region of Kursk, the Pentagon said.", "troops")]
    [InlineData("North Korea has sent another 1,500 soldiers to Russia, the JCS said.", "troops-additional")]
    [InlineData("North Korea has sent 1,500 more soldiers to Russia, the JCS said.", "troops-additional")]
    [InlineData("North Korea plans to send 1,500 more soldiers to Russia, the JCS said.", "troops-planned")]
    [InlineData("North Korea could send up to 1,500 military engineers to Russia, the JCS said.", "troops-planned")]
    [InlineData("Pyongyang has sent about 1,500 sappers to clear mines in Kursk, the JCS said.", "troops")]
    [InlineData("About 1,500 North Korean military builders have arrived in Russia, the JCS said.", "troops")]
    [InlineData("The JCS said about 1,500 North Koreans had been sent to Russia to clear mines.", "troops")]
    [InlineData("Ukraine's military said it had killed or wounded at least 40 North Korean soldiers in Kursk.", "casualties")]
    [InlineData("Ukraine's military said 40 North Korean soldiers, who arrived in the spring, were killed in Kursk.", "killed")]
    public void Extract_WhatTheNumberCounts_FollowsTheCorpusDefinitions(string sentence, string metric)
    {
        Assert.Equal(metric, Assert.Single(Extract(sentence)).Metric.ToId());
    }

    [Fact]
    public void Extract_IncrementAndNewTotal_AreTwoFigures()
    {
        var figures = Extract("The number of North Korean troops in Russia has increased by 2,000, bringing the total to about 13,000, the Pentagon said.");

        Assert.Equal(
            [(FigureMetric.TroopsAdditional, 2000L, FigureQualifier.Exact), (FigureMetric.Troops, 13000L, FigureQualifier.About)],
            figures.Select(f => (f.Metric, f.Low, f.Qualifier)));
        Assert.All(figures, f => Assert.Equal(["us-gov"], f.Sources));
    }

    [Theory]
    [InlineData("North Korean losses in Kursk have topped 900, Kyiv said.", FigureQualifier.Over)]
    [InlineData("North Korean casualties now exceed 900, Kyiv said.", FigureQualifier.Over)]
    [InlineData("North Korean casualties stand at 900 or so, Kyiv said.", FigureQualifier.About)]
    [InlineData("North Korean casualties stand at 900, Kyiv said.", FigureQualifier.Exact)]
    public void Extract_HedgeVerbs_GiveTheQualifier(string sentence, FigureQualifier qualifier)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal(900, figure.Low);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Theory]
    [InlineData("According to the spy agency, some 32-hundred North Korean soldiers were sent to Russia.", 3200, 3200)]
    [InlineData("The spy agency said three-thousand-200 North Korean soldiers were sent to Russia.", 3200, 3200)]
    [InlineData("The spy agency said 11 to 12,000 North Korean soldiers were sent to Russia.", 11000, 12000)]
    public void Extract_SpokenNumbers_ReadTheirValue(string sentence, long low, long high)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((low, high), (figure.Low, figure.High));
    }

    // 4. Numbers that are not counts.
    [Theory]
    [InlineData("<@&987654321098765432> North Korean soldiers were killed in Kursk, Kyiv said.")]
    [InlineData("North Korean soldiers were killed in Kursk, Kyiv said https://example.org/news/48213.")]
    [InlineData("<span data-id=\"4821\">North Korean soldiers</span> were killed in Kursk.")]
    [InlineData("Russia loses about 1,200 soldiers a day while North Korean troops hold Kursk.")]
    [InlineData("At least three North Korean soldiers went missing near Sudzha, Kyiv said.")]
    [InlineData("North Korea has 5,000,000 soldiers in reserve who could be sent to Russia, Kyiv said.")]
    public void Extract_NumbersThatAreNotCounts_GiveNoFigure(string sentence)
    {
        Assert.Empty(Extract(sentence));
    }

    [Fact]
    public void Extract_RejectedNumbers_SayWhy()
    {
        var extraction = Extractor.Extract(SentenceSplitter.Split("North Korea has 5,000,000 soldiers in reserve who could be sent to Russia."), null);

        var rejection = Assert.Single(extraction.Rejections);
        Assert.Equal("5,000,000", rejection.Number);
        Assert.Contains("larger than the largest count", rejection.Reason, StringComparison.Ordinal);
    }

    // 5. Sentences.
    [Fact]
    public void Extract_FullStopWithoutSpace_KeepsEachSentencesOwnSource()
    {
        var figures = Extract("Kyiv said 700 North Korean soldiers were killed on Nov. 3.In a statement, the JCS said 9,000 North Korean troops were in Russia.");

        Assert.Equal([["ua-gov"], ["kr-jcs"]], figures.Select(f => f.Sources.ToArray()));
    }
}
