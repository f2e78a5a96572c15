using DeploymentWatch.Domain.Analysis;

namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// Decides which story an article belongs to: the story of the most similar earlier article that passes
/// <see cref="StoryThresholds"/>, or none (it starts a story). Pure and stateless, so the poller and the evaluation
/// command group the same way.
/// </summary>
public sealed class StoryMatcher(StoryThresholds thresholds)
{
    public StoryThresholds Thresholds { get; } = thresholds ?? throw new ArgumentNullException(nameof(thresholds));

    public static StorySimilarity Compare(StoryFingerprint a, StoryFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new StorySimilarity(
            (a.Time - b.Time).Duration(),
            MinHashSignature.Containment(a.MinHash, a.Shingles, b.MinHash, b.Shingles),
            a.FigureKeys.Intersect(b.FigureKeys, StringComparer.Ordinal).Count(),
            Jaccard(a.Entities, b.Entities),
            a.Topics.Intersect(b.Topics, StringComparer.Ordinal).Any());
    }

    public bool SameStory(StoryFingerprint a, StoryFingerprint b) => SameStory(Compare(a, b));

    public bool SameStory(StorySimilarity similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        if (similarity.Apart > Thresholds.Window)
        {
            return false;
        }

        if (similarity.Text >= Thresholds.NearDuplicate)
        {
            return true;
        }

        return similarity.SharedTopic
               && similarity.SharedFigures >= Thresholds.MinSharedFigures
               && (similarity.Text >= Thresholds.RelatedText || similarity.Entities >= Thresholds.MinEntityOverlap);
    }

    /// <summary>The story id of the best-matching earlier article, or null when the candidate starts a new story.</summary>
    public string? Match(StoryFingerprint candidate, IReadOnlyList<StoryCandidate> earlier)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(earlier);
        return earlier
            .Select(e => (e.Story, Similarity: Compare(candidate, e.Fingerprint)))
            .Where(x => SameStory(x.Similarity))
            .OrderByDescending(x => x.Similarity.Text)
            .ThenByDescending(x => x.Similarity.SharedFigures)
            .ThenByDescending(x => x.Similarity.Entities)
            .Select(x => x.Story)
            .FirstOrDefault();
    }

    /// <summary>
    /// Groups a batch (an evaluation corpus): articles are taken in publication order, each joins the story of its
    /// best match among those before it or starts its own. Returns, in input order, each article's story id: the
    /// <see cref="StoryCandidate.Id"/> of the story's first article.
    /// </summary>
    public IReadOnlyList<string> Group(IReadOnlyList<StoryCandidate> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var seen = new List<StoryCandidate>();
        var stories = new string[articles.Count];
        foreach (var index in Enumerable.Range(0, articles.Count).OrderBy(i => articles[i].Fingerprint.Time).ThenBy(i => i))
        {
            var article = articles[index];
            var story = Match(article.Fingerprint, seen) ?? article.Id;
            seen.Add(article with { StoryId = story });
            stories[index] = story;
        }

        return stories;
    }

    /// <summary>
    /// <see cref="Group(IReadOnlyList{StoryCandidate})"/> over analysed articles, keyed by item id;
    /// <paramref name="takenInAt"/> dates articles without a publication date.
    /// </summary>
    public IReadOnlyList<string> Group(IReadOnlyList<ArticleAnalysis> analyses, DateTimeOffset takenInAt)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        return Group(analyses.Select(a => new StoryCandidate(a.Article.ItemId, StoryFingerprint.From(a, takenInAt))).ToArray());
    }

    private static double Jaccard(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var shared = a.Intersect(b, StringComparer.Ordinal).Count();
        return (double)shared / (a.Count + b.Count - shared);
    }
}
