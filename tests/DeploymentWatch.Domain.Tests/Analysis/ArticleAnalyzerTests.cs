using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Tests.Figures;
using DeploymentWatch.TestKit.Profiles;

namespace DeploymentWatch.Domain.Tests.Analysis;

public class ArticleAnalyzerTests
{
    private static readonly ArticleAnalyzer Analyzer = new(SampleProfiles.Create());

    private static ArticleAnalysis Analyze(string title, string text) =>
        Analyzer.Analyze(new Article("f", "i", title, text, null, null, null));

    [Fact]
    public void Analyze_HeadlineCarriesTheMatch_TopicMatchesOnTheHeadline()
    {
        var analysis = Analyze("North Korea test-fires ICBM", "The missile flew for 86 minutes before landing in the sea, officials said.");
        var icbm = Assert.Single(analysis.MatchedTopics);
        Assert.Equal("icbm-satellite", icbm.TopicId);
        Assert.Equal([ArticleAnalyzer.TitleSentence], icbm.SupportingSentences);
        Assert.Equal("North Korea test-fires ICBM", analysis.Article.Title);
        Assert.Equal("The missile flew for 86 minutes before landing in the sea, officials said.", Assert.Single(analysis.Sentences).Text);
    }

    [Fact]
    public void Analyze_HeadlineThatOpensTheText_IsNotCountedTwice()
    {
        const string text = "About 300 North Korean soldiers have been killed, the spy agency said. Nothing else happened.";
        var withDerivedTitle = Analyze("About 300 North Korean soldiers have been killed, the spy agency said.", text);
        var untitled = Analyze(string.Empty, text);
        var casualties = withDerivedTitle.Topics.Single(t => t.TopicId == "casualties");
        Assert.Equal(untitled.Topics.Single(t => t.TopicId == "casualties").Score, casualties.Score);
        Assert.Equal([0], casualties.SupportingSentences);
    }

    [Fact]
    public void Analyze_HeadlineAndBody_HitsPointIntoTheBodyAndFiguresComeFromTheBodyOnly()
    {
        const string text = "About 300 North Korean soldiers have been killed, the spy agency said.";
        var analysis = Analyze("NIS: 300 North Korean troops killed", text);
        var casualties = analysis.MatchedTopics.Single(t => t.TopicId == "casualties");
        Assert.Contains(ArticleAnalyzer.TitleSentence, casualties.SupportingSentences);
        Assert.All(casualties.Hits.Where(h => h.SentenceIndex >= 0), h => Assert.Equal(h.Text, text.Substring(h.Start, h.Length)));
        Assert.All(analysis.Figures, f => Assert.Equal(0, f.SentenceIndex));
        Assert.Equal([text], analysis.Summary);
    }

    [Theory]
    [InlineData("North Korea test-fires ICBM", "The missile flew for 86 minutes before landing in the sea, officials said.")]
    [InlineData("", "About 300 North Korean soldiers have been killed, the spy agency said.")]
    [InlineData("Drills", "The drills come as Pyongyang has sent thousands of troops to Russia.")]
    [InlineData("Markets", "The central bank kept its rate at 3.5 percent. About 300 soldiers took part in a parade.")]
    [InlineData("", "")]
    public void AnalyzeRelevant_KeepsWhatAnalyzeFindsRelevantAndNothingElse(string title, string text)
    {
        var article = new Article("f", "i", title, text, null, null, null);
        var full = Analyzer.Analyze(article);

        var relevant = Analyzer.AnalyzeRelevant(article);

        Assert.Equal(full.IsRelevant, relevant is not null);
        if (relevant is not null)
        {
            Assert.Equal(Described(full), Described(relevant));
        }
    }

    [Fact]
    public void AnalyzeRelevant_SeedArticles_SameAnalysisAsAnalyze()
    {
        foreach (var file in SeedCorpus.Files)
        {
            var article = new Article("f", file, string.Empty, SeedCorpus.Text(file), null, null, null);

            var relevant = Analyzer.AnalyzeRelevant(article);

            Assert.NotNull(relevant);
            Assert.Equal(Described(Analyzer.Analyze(article)), Described(relevant));
        }
    }

    private static string Described(ArticleAnalysis analysis) => string.Join("\n", [
        .. analysis.Topics.Select(t => $"{t.TopicId} {t.Score} {t.IsMatch} [{string.Join(",", t.SupportingSentences)}] [{string.Join(",", t.Hits.Select(h => $"{h.Text}@{h.Start}"))}]"),
        .. analysis.Figures.Select(f => $"{f.Metric} {f.Low}-{f.High} {f.Qualifier} [{string.Join(",", f.Sources)}] {f.SentenceIndex} {f.Rule} {f.Speaker}"),
        .. analysis.Summary,
        .. analysis.Sentences.Select(s => s.Text)]);

    [Fact]
    public void Analyze_AnalyzerFromPartsBuiltApart_AnalysesAsTheOneCallAnalyzer()
    {
        var profiles = SampleProfiles.Create();
        var fromParts = new ArticleAnalyzer(profiles, new TopicClassifier(profiles), new FigureExtractor(profiles));

        foreach (var file in SeedCorpus.Files)
        {
            var article = new Article("f", file, string.Empty, SeedCorpus.Text(file), null, null, null);
            var expected = Analyzer.Analyze(article);
            var actual = fromParts.Analyze(article);

            Assert.Equal(expected.Topics.Select(t => (t.TopicId, t.Score, t.IsMatch)), actual.Topics.Select(t => (t.TopicId, t.Score, t.IsMatch)));
            Assert.Equal(expected.Figures.Select(Described), actual.Figures.Select(Described));
            Assert.Equal(expected.Summary, actual.Summary);
            Assert.NotEmpty(actual.Figures);
        }

        static string Described(Figure f) => $"{f.Metric} {f.Low}-{f.High} {f.Qualifier} [{string.Join(",", f.Sources)}] {f.SentenceIndex} {f.Rule} {f.Speaker}";
    }
}
