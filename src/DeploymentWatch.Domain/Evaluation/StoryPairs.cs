namespace DeploymentWatch.Domain.Evaluation;

/// <summary>Story grouping scored over all article pairs: a pair is positive when both share a story id.</summary>
internal static class StoryPairs
{
    public static PrecisionRecall Score(List<(GoldArticle Gold, PredictedArticle Predicted)> articles, List<EvaluationError> errors)
    {
        int matched = 0, predicted = 0, gold = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = i + 1; j < articles.Count; j++)
            {
                var a = articles[i];
                var b = articles[j];
                var isGold = Same(a.Gold.Story, b.Gold.Story);
                var isPredicted = Same(a.Predicted.StoryId, b.Predicted.StoryId);
                matched += isGold && isPredicted ? 1 : 0;
                gold += isGold ? 1 : 0;
                predicted += isPredicted ? 1 : 0;
                if (isGold != isPredicted)
                {
                    errors.Add(new EvaluationError(
                        "story", isGold ? "miss" : "false-alarm", a.Gold.File, $"with {b.Gold.File}", null));
                }
            }
        }

        return new PrecisionRecall(matched, predicted, gold);
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.Ordinal);
}
