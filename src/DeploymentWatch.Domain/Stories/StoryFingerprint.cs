using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// What an article's story is recognised by, small enough to store on its alert: a MinHash signature of its word
/// shingles (near-duplicate text), the figures it reported (metric and value, without the source, which outlets
/// attribute differently), its keywords (names and words that are not the subject's common vocabulary), its
/// topics, and when it was published.
/// </summary>
/// <param name="MinHash">One minimum per hash function over the 3-word shingles; empty for a text under 3 words.</param>
/// <param name="Shingles">How many distinct shingles the text has: turns the Jaccard estimate into containment.</param>
/// <param name="FigureKeys">"killed:300-300", distinct, sorted.</param>
/// <param name="Keywords">Folded, singular keywords ("shoigu", "coffin", "beijing"), distinct, sorted; null in
/// fingerprints stored before keywords existed.</param>
/// <param name="Topics">Matched topic ids, sorted.</param>
/// <param name="Time">Publication time; null when the article is undated (it is then judged by the other evidence).</param>
public sealed record StoryFingerprint(
    IReadOnlyList<uint> MinHash,
    int Shingles,
    IReadOnlyList<string> FigureKeys,
    IReadOnlyList<string>? Keywords,
    IReadOnlyList<string> Topics,
    DateTimeOffset? Time)
{
    /// <summary>The fingerprint of an analysed article, with keywords outside the subject's <paramref name="vocabulary"/>.</summary>
    public static StoryFingerprint From(ArticleAnalysis analysis, StoryVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var article = analysis.Article;
        var shingles = StoryText.Shingles(StoryText.Words(article.Text)).Distinct(StringComparer.Ordinal).ToArray();
        return new StoryFingerprint(
            MinHashSignature.Of(shingles),
            shingles.Length,
            analysis.Figures.Select(FigureKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            StoryText.Keywords(StoryText.Words(TextFolder.Fold(article.Title + "\n" + article.Text)), vocabulary),
            analysis.MatchedTopics.Select(t => t.TopicId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            article.Published);
    }

    public static string FigureKey(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return FormattableString.Invariant($"{figure.Metric.ToId()}:{figure.Low}-{figure.High}");
    }
}
