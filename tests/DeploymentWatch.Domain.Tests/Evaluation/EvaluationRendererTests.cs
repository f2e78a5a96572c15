using System.Text.Json;
using DeploymentWatch.Domain.Evaluation;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Evaluation;

public sealed class EvaluationRendererTests
{
    private static readonly EvaluationReport Report = EvaluationScorer.Score(
        [
            new GoldArticle("a.txt", null, "s", ["casualties"], [new GoldFigure(FigureMetric.Killed, 300, 300, FigureQualifier.About, ["kr-nis"])]),
            new GoldArticle("b.txt", null, "s", [], []),
            new GoldArticle("c.txt", null, "s", ["casualties"], []),
        ],
        [
            new PredictedArticle("a.txt", ["casualties"], [new Figure(FigureMetric.Wounded, 2700, 2700, FigureQualifier.Exact, ["kr-nis"], 3, "2,700 injured.")], "s"),
            new PredictedArticle("b.txt", ["icbm-satellite"], [], null),
            new PredictedArticle("c.txt", ["casualties"], [], null),
        ]);

    [Fact]
    public void RenderJson_Report_HasTheDocumentedPropertyNames()
    {
        using var json = JsonDocument.Parse(EvaluationJsonRenderer.Render(Report));
        var root = json.RootElement;

        Assert.Equal(1.0, root.GetProperty("topics").GetProperty("micro").GetProperty("recall").GetDouble());
        Assert.Equal(2.0 / 3, root.GetProperty("topics").GetProperty("micro").GetProperty("precision").GetDouble(), 3);
        Assert.True(root.GetProperty("topics").GetProperty("casualties").TryGetProperty("f1", out _));
        Assert.True(root.GetProperty("topics").GetProperty("troop-deployment").TryGetProperty("precision", out _));
        Assert.Equal(0.0, root.GetProperty("figures").GetProperty("precision").GetDouble());
        Assert.Equal(0.0, root.GetProperty("figures").GetProperty("recall").GetDouble());
        Assert.Equal(0.0, root.GetProperty("figures").GetProperty("f1").GetDouble());
        Assert.Equal(0.0, root.GetProperty("figures").GetProperty("valueOnly").GetProperty("f1").GetDouble());
        Assert.Equal(1.0, root.GetProperty("figures").GetProperty("qualifierAccuracy").GetDouble());
        Assert.Equal(1.0, root.GetProperty("stories").GetProperty("precision").GetDouble());
        Assert.Equal(0.0, root.GetProperty("stories").GetProperty("recall").GetDouble());
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(Report.Errors.Count, errors.Count);
        Assert.Contains(errors, e => e.GetProperty("sentence").GetString() == "2,700 injured.");
    }

    [Fact]
    public void RenderText_Report_ShowsScoresAndErrorsWithSentences()
    {
        var text = EvaluationTextRenderer.Render(Report);

        Assert.Contains("topics (micro)", text, StringComparison.Ordinal);
        Assert.Contains("figures (value only)", text, StringComparison.Ordinal);
        Assert.Contains("figure false-alarm a.txt: wounded exact 2,700 [kr-nis]", text, StringComparison.Ordinal);
        Assert.Contains("\"2,700 injured.\"", text, StringComparison.Ordinal);
        Assert.Contains("figure " + "miss".PadRight(11) + " a.txt: killed about 300 [kr-nis]", text, StringComparison.Ordinal);
    }
}
