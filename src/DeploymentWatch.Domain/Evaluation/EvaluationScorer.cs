using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Evaluation;

/// <summary>
/// Scores predictions against gold labels as FORMAT.md says: topics per topic and micro-averaged, figures with and
/// without the shared-source condition plus qualifier accuracy (over the articles the system raised an alert for),
/// and story grouping over pairs of on-topic articles. Only articles in the gold list are scored; a gold article
/// without a prediction counts as one where nothing was found.
/// </summary>
public static class EvaluationScorer
{
    /// <summary>The topic ids of the corpus format, scored even when no article carries them.</summary>
    public static IReadOnlyList<string> FormatTopics { get; } = ["troop-deployment", "casualties", "icbm-satellite"];

    public static EvaluationReport Score(IReadOnlyList<GoldArticle> gold, IReadOnlyList<PredictedArticle> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var byFile = new Dictionary<string, PredictedArticle>(StringComparer.Ordinal);
        foreach (var p in predicted)
        {
            byFile.TryAdd(p.File, p);
        }

        var errors = new List<EvaluationError>();
        var pairs = gold.Select(g => (Gold: g, Predicted: byFile.GetValueOrDefault(g.File) ?? new PredictedArticle(g.File, [], [], null))).ToList();
        var topics = ScoreTopics(pairs, errors);
        var micro = topics.Aggregate(new PrecisionRecall(0, 0, 0), (sum, t) => sum + t.Value);

        var withSources = new PrecisionRecall(0, 0, 0);
        var valueOnly = new PrecisionRecall(0, 0, 0);
        var qualifierEqual = 0;
        // Only an alert stores figures (FORMAT.md): an article the system raised no alert for is scored on topics only.
        foreach (var (g, p) in pairs.Where(x => x.Predicted.Topics.Count > 0))
        {
            var strict = FigureAlignment.Align(g.Figures, p.Figures, requireSharedSource: true);
            var loose = FigureAlignment.Align(g.Figures, p.Figures, requireSharedSource: false);
            withSources += new PrecisionRecall(strict.Count, p.Figures.Count, g.Figures.Count);
            valueOnly += new PrecisionRecall(loose.Count, p.Figures.Count, g.Figures.Count);
            qualifierEqual += strict.Count(m => g.Figures[m.Gold].Qualifier == p.Figures[m.Predicted].Qualifier);
            ReportFigureErrors(g, p, strict, errors);
        }

        var qualifierAccuracy = withSources.Matched == 0 ? 1.0 : (double)qualifierEqual / withSources.Matched;
        var stories = StoryPairs.Score(pairs, errors);
        return new EvaluationReport(topics, micro, withSources, valueOnly, qualifierAccuracy, stories, errors);
    }

    private static List<KeyValuePair<string, PrecisionRecall>> ScoreTopics(
        List<(GoldArticle Gold, PredictedArticle Predicted)> pairs,
        List<EvaluationError> errors)
    {
        var ids = FormatTopics
            .Concat(pairs.SelectMany(p => p.Gold.Topics.Concat(p.Predicted.Topics)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var scores = new List<KeyValuePair<string, PrecisionRecall>>();
        foreach (var id in ids)
        {
            int matched = 0, raised = 0, expected = 0;
            foreach (var (g, p) in pairs)
            {
                var isGold = g.Topics.Contains(id, StringComparer.Ordinal);
                var isRaised = p.Topics.Contains(id, StringComparer.Ordinal);
                matched += isGold && isRaised ? 1 : 0;
                raised += isRaised ? 1 : 0;
                expected += isGold ? 1 : 0;
                if (isGold != isRaised)
                {
                    errors.Add(new EvaluationError("topic", isGold ? "miss" : "false-alarm", g.File, id, null));
                }
            }

            scores.Add(new(id, new PrecisionRecall(matched, raised, expected)));
        }

        return scores;
    }

    private static void ReportFigureErrors(
        GoldArticle gold,
        PredictedArticle predicted,
        IReadOnlyList<(int Gold, int Predicted)> matches,
        List<EvaluationError> errors)
    {
        var matchedGold = matches.Select(m => m.Gold).ToHashSet();
        var matchedPredicted = matches.Select(m => m.Predicted).ToHashSet();
        for (var i = 0; i < gold.Figures.Count; i++)
        {
            if (!matchedGold.Contains(i))
            {
                errors.Add(new EvaluationError("figure", "miss", gold.File, Describe(gold.Figures[i]), null));
            }
        }

        for (var i = 0; i < predicted.Figures.Count; i++)
        {
            if (!matchedPredicted.Contains(i))
            {
                var f = predicted.Figures[i];
                errors.Add(new EvaluationError("figure", "false-alarm", gold.File, Describe(f), f.Sentence));
            }
        }

        foreach (var (g, p) in matches)
        {
            var f = predicted.Figures[p];
            if (gold.Figures[g].Qualifier != f.Qualifier)
            {
                errors.Add(new EvaluationError(
                    "figure", "qualifier", gold.File,
                    $"{Describe(f)} (gold qualifier {gold.Figures[g].Qualifier.ToId()})", f.Sentence));
            }
        }
    }

    internal static string Describe(GoldFigure f) => Describe(f.Metric, f.Low, f.High, f.Qualifier, f.Sources);

    internal static string Describe(Figure f) => Describe(f.Metric, f.Low, f.High, f.Qualifier, f.Sources);

    private static string Describe(FigureMetric metric, long low, long high, FigureQualifier qualifier, IReadOnlyList<string> sources) =>
        $"{metric.ToId()} {qualifier.ToId()} {(low == high ? low.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{low:N0}-{high:N0}"))} [{string.Join(", ", sources)}]";
}
