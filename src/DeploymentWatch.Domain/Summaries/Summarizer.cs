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
        // Weights by sentence index; a headline's index (-1) or any other outside the body has no sentence to show.
        var weight = new int[sentences.Count];
        foreach (var topic in matchedTopics)
        {
            foreach (var s in topic.SupportingSentences)
            {
                if (s >= 0 && s < weight.Length)
                {
                    weight[s] += 2;
                }
            }
        }

        foreach (var figure in figures)
        {
            if (figure.SentenceIndex >= 0 && figure.SentenceIndex < weight.Length)
            {
                weight[figure.SentenceIndex]++;
            }
        }

        // Heaviest first; earlier sentences break ties: news puts the lead first.
        var chosen = new List<int>();
        for (var s = 0; s < weight.Length; s++)
        {
            if (weight[s] > 0 && LooksLikeProse(sentences[s]))
            {
                chosen.Add(s);
            }
        }

        chosen.Sort((a, b) => weight[a] != weight[b] ? weight[b].CompareTo(weight[a]) : a.CompareTo(b));
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

        picked.Sort();
        var summary = new string[picked.Count];
        for (var i = 0; i < summary.Length; i++)
        {
            summary[i] = sentences[picked[i]].Text;
        }

        return summary;
    }

    /// <summary>Headings and navigation crumbs ("Heavy Casualties") carry words but say nothing.</summary>
    private static bool LooksLikeProse(Sentence sentence) => sentence.Length >= 40 && sentence.Span.Contains(' ');
}
