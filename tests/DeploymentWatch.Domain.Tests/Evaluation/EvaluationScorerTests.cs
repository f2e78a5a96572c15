using DeploymentWatch.Domain.Evaluation;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Evaluation;

public sealed class EvaluationScorerTests
{
    private static readonly GoldArticle A = new(
        "a.txt", new DateOnly(2024, 12, 23), "story-1", ["troop-deployment", "casualties"],
        [
            new GoldFigure(FigureMetric.Casualties, 1100, 1100, FigureQualifier.About, ["kr-jcs"]),
            new GoldFigure(FigureMetric.Troops, 10000, 12000, FigureQualifier.About, ["us-gov", "kr-gov"]),
        ]);

    private static readonly GoldArticle B = new(
        "b.txt", null, "story-1", ["casualties"],
        [new GoldFigure(FigureMetric.Killed, 300, 300, FigureQualifier.About, ["kr-nis"])]);

    private static readonly GoldArticle C = new("c.txt", null, "story-2", [], []);

    [Fact]
    public void Score_PerfectPrediction_AllScoresOne()
    {
        var report = EvaluationScorer.Score([A, B, C], [Perfect(A, "s1"), Perfect(B, "s1"), Perfect(C, "s2")]);

        Assert.Equal(1.0, report.TopicsMicro.F1);
        Assert.All(report.Topics, t => Assert.Equal(1.0, t.Value.F1));
        Assert.Equal((1.0, 1.0, 1.0), (report.Figures.Precision, report.Figures.Recall, report.Figures.F1));
        Assert.Equal(1.0, report.FiguresValueOnly.F1);
        Assert.Equal(1.0, report.QualifierAccuracy);
        Assert.Equal((1.0, 1.0), (report.Stories.Precision, report.Stories.Recall));
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Score_EmptyPrediction_RecallZeroAndEveryMissListed()
    {
        var report = EvaluationScorer.Score([A, B, C], []);

        Assert.Equal(0.0, report.TopicsMicro.Recall);
        Assert.Equal(new PrecisionRecall(0, 0, 0), report.Figures);
        Assert.Equal(0.0, report.Stories.Recall);
        Assert.Equal(3, report.Errors.Count(e => e is { Area: "topic", Kind: "miss" }));
        Assert.DoesNotContain(report.Errors, e => e.Area == "figure");
        Assert.Single(report.Errors, e => e is { Area: "story", Kind: "miss" });
    }

    [Fact]
    public void Score_EmptyCorpus_VacuousScoresAreOne()
    {
        var report = EvaluationScorer.Score([], []);

        Assert.Equal(1.0, report.Figures.F1);
        Assert.Equal(1.0, report.TopicsMicro.F1);
        Assert.Equal(3, report.Topics.Count);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Score_PartialPrediction_CountsMatchesMissesAndFalseAlarms()
    {
        var predictedA = new PredictedArticle(
            "a.txt", ["troop-deployment", "icbm-satellite"],
            [
                Fig(FigureMetric.Casualties, 1100, 1100, FigureQualifier.Over, "kr-jcs", "JCS: over 1,100 casualties."),
                Fig(FigureMetric.Killed, 100, 100, FigureQualifier.Exact, "kr-nis", "100 killed."),
            ],
            "s1");

        var report = EvaluationScorer.Score([A], [predictedA]);

        Assert.Equal(new PrecisionRecall(1, 2, 2), report.Figures);
        Assert.Equal(0.5, report.Figures.Precision);
        Assert.Equal(0.0, report.QualifierAccuracy);
        var casualties = report.Topics.Single(t => t.Key == "casualties").Value;
        Assert.Equal(new PrecisionRecall(0, 0, 1), casualties);
        Assert.Equal(new PrecisionRecall(1, 2, 2), report.TopicsMicro);
        Assert.Contains(report.Errors, e => e is { Area: "figure", Kind: "false-alarm", File: "a.txt", Sentence: "100 killed." });
        Assert.Contains(report.Errors, e => e is { Area: "figure", Kind: "miss" } && e.Detail.StartsWith("troops about 10,000-12,000", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e is { Area: "figure", Kind: "qualifier" });
        Assert.Contains(report.Errors, e => e is { Area: "topic", Kind: "false-alarm", Detail: "icbm-satellite" });
    }

    [Fact]
    public void Score_RangeFigure_MatchesOnlyWhenBothEndsEqual()
    {
        var wrongEnd = new PredictedArticle("a.txt", ["troop-deployment"], [Fig(FigureMetric.Troops, 10000, 11000, FigureQualifier.About, "us-gov")], null);
        var single = new PredictedArticle("a.txt", ["troop-deployment"], [Fig(FigureMetric.Troops, 12000, 12000, FigureQualifier.About, "us-gov")], null);
        var right = new PredictedArticle("a.txt", ["troop-deployment"], [Fig(FigureMetric.Troops, 10000, 12000, FigureQualifier.About, "us-gov")], null);

        Assert.Equal(0, EvaluationScorer.Score([A], [wrongEnd]).Figures.Matched);
        Assert.Equal(0, EvaluationScorer.Score([A], [single]).Figures.Matched);
        Assert.Equal(1, EvaluationScorer.Score([A], [right]).Figures.Matched);
    }

    [Fact]
    public void Score_NoSharedSource_MatchesValueOnlyButNotFigures()
    {
        var predicted = new PredictedArticle("b.txt", ["casualties"], [Fig(FigureMetric.Killed, 300, 300, FigureQualifier.About, "ua-gov")], null);

        var report = EvaluationScorer.Score([B], [predicted]);

        Assert.Equal(0, report.Figures.Matched);
        Assert.Equal(1, report.FiguresValueOnly.Matched);
    }

    [Fact]
    public void Score_OneSharedSourceAmongSeveral_Matches()
    {
        var predicted = new PredictedArticle(
            "a.txt", ["troop-deployment"], [new Figure(FigureMetric.Troops, 10000, 12000, FigureQualifier.About, ["ua-gov", "kr-gov"], 0, "s")], null);

        Assert.Equal(1, EvaluationScorer.Score([A], [predicted]).Figures.Matched);
    }

    [Fact]
    public void Score_DuplicatePrediction_MatchesGoldOnlyOnce()
    {
        var figure = Fig(FigureMetric.Killed, 300, 300, FigureQualifier.About, "kr-nis");
        var predicted = new PredictedArticle("b.txt", ["casualties"], [figure, figure], null);

        Assert.Equal(new PrecisionRecall(1, 2, 1), EvaluationScorer.Score([B], [predicted]).Figures);
    }

    [Fact]
    public void Score_GreedyWouldStealPartner_FindsMaximumMatching()
    {
        var gold = new GoldArticle("d.txt", null, null, [],
        [
            new GoldFigure(FigureMetric.Killed, 300, 300, FigureQualifier.About, ["kr-nis", "us-gov"]),
            new GoldFigure(FigureMetric.Killed, 300, 300, FigureQualifier.About, ["kr-nis"]),
        ]);
        var predicted = new PredictedArticle("d.txt", ["casualties"],
        [
            Fig(FigureMetric.Killed, 300, 300, FigureQualifier.About, "kr-nis"),
            Fig(FigureMetric.Killed, 300, 300, FigureQualifier.About, "us-gov"),
        ], null);

        Assert.Equal(2, EvaluationScorer.Score([gold], [predicted]).Figures.Matched);
    }

    [Fact]
    public void Score_StoriesMerged_PrecisionDropsRecallStays()
    {
        var d = new GoldArticle("d.txt", null, "story-3", ["icbm-satellite"], []);

        var report = EvaluationScorer.Score([A, B, d], [Perfect(A, "x"), Perfect(B, "x"), Perfect(d, "x")]);

        Assert.Equal(new PrecisionRecall(1, 3, 1), report.Stories);
        Assert.Equal(2, report.Errors.Count(e => e is { Area: "story", Kind: "false-alarm" }));
    }

    [Fact]
    public void Score_OffTopicArticleInAStory_TakesNoPartInStoryPairs()
    {
        var report = EvaluationScorer.Score([A, B, C], [Perfect(A, "x"), Perfect(B, "x"), new PredictedArticle("c.txt", ["casualties"], [], "x")]);

        Assert.Equal(new PrecisionRecall(1, 1, 1), report.Stories);
    }

    [Fact]
    public void Score_ArticleWithoutAlert_IsInNoStoryAndItsFiguresAreNotScored()
    {
        var silentB = new PredictedArticle("b.txt", [], [], "x");

        var report = EvaluationScorer.Score([A, B], [Perfect(A, "x"), silentB]);

        Assert.Equal(new PrecisionRecall(0, 0, 1), report.Stories);
        Assert.Equal(new PrecisionRecall(2, 2, 2), report.Figures);
    }

    private static PredictedArticle Perfect(GoldArticle gold, string story) => new(
        gold.File,
        gold.Topics,
        gold.Figures.Select(f => new Figure(f.Metric, f.Low, f.High, f.Qualifier, f.Sources, 0, "sentence")).ToList(),
        story);

    private static Figure Fig(FigureMetric metric, long low, long high, FigureQualifier qualifier, string source, string sentence = "sentence") =>
        new(metric, low, high, qualifier, [source], 0, sentence);
}
