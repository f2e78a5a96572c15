using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Summaries;

/// <summary>
/// Extractive summary: the one to three sentences that carry the match, preferring those that support several
/// topics and report figures, shown in article order and kept under a length a chat message can hold.
/// </summary>
public static class Summarizer
{
    public const int MaxSentences = 3;
    public const int MaxCharacters = 700;

    public static IReadOnlyList<string> Summarize(
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<TopicScore> matchedTopics,
        IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(matchedTopics);
        ArgumentNullException.ThrowIfNull(figures);
        var weight = new Dictionary<int, double>();
        foreach (var topic in matchedTopics)
        {
            foreach (var s in topic.SupportingSentences)
            {
                weight[s] = weight.GetValueOrDefault(s) + 2;
            }
        }

        foreach (var figure in figures)
        {
            weight[figure.SentenceIndex] = weight.GetValueOrDefault(figure.SentenceIndex) + 1;
        }

        // Earlier sentences break ties: news puts the lead first.
        var chosen = weight
            .Where(w => w.Key >= 0 && w.Key < sentences.Count && LooksLikeProse(sentences[w.Key].Text))
            .OrderByDescending(w => w.Value)
            .ThenBy(w => w.Key)
            .Select(w => w.Key)
            .ToList();

        var picked = new List<int>();
        var length = 0;
        foreach (var index in chosen)
        {
            var text = sentences[index].Text;
            if (picked.Count == MaxSentences || (picked.Count > 0 && length + text.Length > MaxCharacters))
            {
                continue;
            }

            picked.Add(index);
            length += text.Length + 1;
        }

        return picked.Order().Select(i => sentences[i].Text).ToArray();
    }

    /// <summary>Headings and navigation crumbs ("Heavy Casualties") carry words but say nothing.</summary>
    private static bool LooksLikeProse(string sentence) => sentence.Length >= 40 && sentence.Contains(' ', StringComparison.Ordinal);
}
