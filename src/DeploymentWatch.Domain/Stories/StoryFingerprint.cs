using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// What an article's story is recognised by, small enough to store on its alert: a MinHash signature of its word
/// shingles (near-duplicate text), the figures it reported (metric and value, without the source, which outlets
/// attribute differently), the proper names it mentions, its topics, and when it was published.
/// </summary>
/// <param name="MinHash">One minimum per hash function over the 3-word shingles; empty for a text under 3 words.</param>
/// <param name="Shingles">How many distinct shingles the text has: turns the Jaccard estimate into containment.</param>
/// <param name="FigureKeys">"killed:300-300", distinct, sorted.</param>
/// <param name="Entities">Folded proper names ("jcs", "zelenskyy", "kursk"), distinct, sorted.</param>
/// <param name="Topics">Matched topic ids, sorted.</param>
/// <param name="Time">Publication time, or when the article was taken in when the feed gave none.</param>
public sealed record StoryFingerprint(
    IReadOnlyList<uint> MinHash,
    int Shingles,
    IReadOnlyList<string> FigureKeys,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> Topics,
    DateTimeOffset Time)
{
    /// <summary>The fingerprint of an analysed article; <paramref name="takenInAt"/> dates it when the feed gave no date.</summary>
    public static StoryFingerprint From(ArticleAnalysis analysis, DateTimeOffset takenInAt)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var article = analysis.Article;
        var shingles = StoryText.Shingles(StoryText.Words(article.Text)).Distinct(StringComparer.Ordinal).ToArray();
        return new StoryFingerprint(
            MinHashSignature.Of(shingles),
            shingles.Length,
            analysis.Figures.Select(FigureKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            StoryText.ProperNames(article.Title + "\n" + article.Text),
            analysis.MatchedTopics.Select(t => t.TopicId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            article.Published ?? takenInAt);
    }

    public static string FigureKey(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return FormattableString.Invariant($"{figure.Metric.ToId()}:{figure.Low}-{figure.High}");
    }
}
