namespace DeploymentWatch.Domain.Evaluation;

/// <summary>
/// Story grouping scored over the pairs of on-topic articles (non-empty gold topics, FORMAT.md): a pair is positive
/// when both share a gold story id, predicted when the system put both in one story. An article the system raised
/// no alert for is in no story, so it predicts no pair; off-topic articles take no part either way.
/// </summary>
internal static class StoryPairs
{
    public static PrecisionRecall Score(List<(GoldArticle Gold, PredictedArticle Predicted)> articles, List<EvaluationError> errors)
    {
        var onTopic = articles.Where(a => a.Gold.Topics.Count > 0).ToList();
        int matched = 0, predicted = 0, gold = 0;
        for (var i = 0; i < onTopic.Count; i++)
        {
            for (var j = i + 1; j < onTopic.Count; j++)
            {
                var a = onTopic[i];
                var b = onTopic[j];
                var isGold = Same(a.Gold.Story, b.Gold.Story);
                var isPredicted = Same(StoryOf(a.Predicted), StoryOf(b.Predicted));
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

    private static string? StoryOf(PredictedArticle article) => article.Topics.Count == 0 ? null : article.StoryId;

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.Ordinal);
}
