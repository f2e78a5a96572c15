using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Evaluation;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>The seed articles: every figure of seeds/gold.yaml is read, with a shared source.</summary>
public sealed partial class FigureExtractorTests
{
    public static TheoryData<string> SeedFiles() => new(SeedCorpus.Files);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Extract_SeedArticle_FindsEveryGoldFigureWithItsSource(string file)
    {
        var gold = SeedCorpus.Gold().Single(g => g.File == file);

        var predicted = new PredictedArticle(file, [], Extractor.Extract(SentenceSplitter.Split(SeedCorpus.Text(file))), null);
        var report = EvaluationScorer.Score([gold], [predicted]);

        var figureErrors = report.Errors.Where(e => e.Area == "figure" && e.Kind != "qualifier").Select(e => $"{e.Kind}: {e.Detail}");
        Assert.True(report.Figures.F1 >= 0.999, string.Join("\n", figureErrors));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Extract_SeedArticle_SourcesAndQualifiersEqualGold(string file)
    {
        var gold = SeedCorpus.Gold().Single(g => g.File == file);

        var figures = Extractor.Extract(SentenceSplitter.Split(SeedCorpus.Text(file)));

        foreach (var g in gold.Figures)
        {
            var match = figures.FirstOrDefault(f => f.Metric == g.Metric && f.Low == g.Low && f.High == g.High);
            Assert.True(match is not null, $"missing {g.Metric} {g.Low}-{g.High}");
            Assert.Equal(g.Sources.Order(StringComparer.Ordinal), match.Sources.Order(StringComparer.Ordinal));
            Assert.Equal(g.Qualifier, match.Qualifier);
        }
    }

    [Fact]
    public void Extract_AllSeeds_FiguresF1WithSourcesAtLeast95Percent()
    {
        var gold = SeedCorpus.Gold();
        var predicted = gold.Select(g => new PredictedArticle(
            g.File, ["troop-deployment"], Extractor.Extract(SentenceSplitter.Split(SeedCorpus.Text(g.File))), null)).ToList();

        var report = EvaluationScorer.Score(gold, predicted);

        Assert.Equal(5, gold.Count);
        Assert.Equal(24, report.Figures.Gold);
        Assert.True(report.Figures.F1 >= 0.95, EvaluationTextRenderer.Render(report));
        Assert.True(report.QualifierAccuracy >= 0.95, EvaluationTextRenderer.Render(report));
    }
}
