using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>Quotes that run over several sentences, with the speaker where they open or close. Sentences written for these tests.</summary>
public sealed partial class FigureExtractorTests
{
    [Theory]
    [InlineData("\u201CAbout 300 North Korean soldiers were killed in Kursk. Another 200 were captured,\u201D a Ukrainian military spokesman said.")]
    [InlineData("\"About 300 North Korean soldiers were killed in Kursk. Another 200 were captured,\" a Ukrainian military spokesman said.")]
    [InlineData("Ukraine's military intelligence said: \u201CAbout 300 North Korean soldiers were killed in Kursk. Another 200 were captured.\u201D")]
    [InlineData("\u201CAbout 300 North Korean soldiers were killed in Kursk. Another 200 were captured.\u201D Ukraine's military intelligence said so on Friday.")]
    public void Extract_QuoteOverSeveralSentences_TakesTheSpeakerWhereItOpensOrCloses(string text)
    {
        var figures = Extract(text);

        Assert.Equal([(FigureMetric.Killed, 300L), (FigureMetric.Captured, 200L)], figures.Select(f => (f.Metric, f.Low)));
        Assert.All(figures, f => Assert.Equal(["ua-gov"], f.Sources));
    }

    [Fact]
    public void Extract_QuoteOverSeveralSentencesWithoutSpeaker_StaysUnattributed()
    {
        var figures = Extract("\u201CAbout 300 North Korean soldiers were killed in Kursk. Another 200 were captured.\u201D Fighting went on through the night near Sudzha.");

        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal([FigureExtractor.Unattributed], f.Sources));
    }

    [Fact]
    public void Extract_SentenceAfterAClosedQuote_IsNotInsideIt()
    {
        var figures = Extract(
            "Ukraine's military said: \u201CThe North Korean units keep attacking.\u201D About 300 North Korean soldiers were killed in Kursk last week.");

        Assert.Equal([FigureExtractor.Unattributed], Assert.Single(figures).Sources);
    }

    [Fact]
    public void Extract_SentenceWithoutNumbersLateInTheArticle_StillGivesTheNextOneItsSubjectAndSource()
    {
        // The fourth sentence holds no number, so it is only folded when the fifth looks back at it.
        var figures = Extract(
            "Markets were calm. Rain is expected. The festival opened. The NIS briefed lawmakers on North Korean troops in Kursk. It said about 300 were killed.");

        var figure = Assert.Single(figures);
        Assert.Equal((FigureMetric.Killed, 300L), (figure.Metric, figure.Low));
        Assert.Equal(["kr-nis"], figure.Sources);
    }
}
