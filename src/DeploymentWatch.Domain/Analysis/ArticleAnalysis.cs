using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Analysis;

/// <summary>Everything the engine read from one article: sentences, every topic's score, figures and the summary.</summary>
public sealed record ArticleAnalysis(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TopicScore> Topics,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<string> Summary)
{
    public IReadOnlyList<TopicScore> MatchedTopics => Topics.Where(t => t.IsMatch).ToArray();

    public bool IsRelevant => Topics.Any(t => t.IsMatch);

    /// <summary>The distinct terms behind the matched topics: why it matched.</summary>
    public IReadOnlyList<string> MatchedTerms =>
        MatchedTopics.SelectMany(t => t.Terms).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
