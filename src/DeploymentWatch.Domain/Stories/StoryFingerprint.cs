using System.Globalization;
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
/// <param name="Keywords">Folded, stemmed keywords ("shoigu", "coffin", "beij"), distinct, sorted; null in
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
    // The values as matching reads them, made on first use and made again for a copy with other lists (`with`).
    private MatchFeatures? _features;

    internal MatchFeatures Features
    {
        get
        {
            var features = _features;
            if (features is null || !features.IsOf(this))
            {
                _features = features = new MatchFeatures(this);
            }

            return features;
        }
    }

    /// <summary>The fingerprint of an analysed article, with keywords outside the subject's <paramref name="vocabulary"/>.</summary>
    public static StoryFingerprint From(ArticleAnalysis analysis, StoryVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var article = analysis.Article;
        var scratch = Scratch.ForThread;
        var words = WordBuffer.Rent(second: false);
        var textFoldsAlike = words.Append(article.Text);
        var shingles = StoryText.DistinctShingleHashes(words, ref scratch.Hashes, ref scratch.Table);

        // Keywords come from the folded title and text (as if joined by a line break); the text's words serve as they
        // are when folding would not change them, as in any ASCII text.
        var titleWords = WordBuffer.Rent(second: true);
        if (!titleWords.Append(article.Title))
        {
            titleWords.Clear();
            StoryText.AppendFolded(titleWords, article.Title);
        }

        if (!textFoldsAlike)
        {
            StoryText.AppendFolded(titleWords, article.Text);
        }

        return new StoryFingerprint(
            shingles == 0 ? [] : MinHashSignature.Of(scratch.Hashes.AsSpan(0, shingles)),
            shingles,
            FigureKeysOf(analysis.Figures),
            StoryText.Keywords(titleWords, textFoldsAlike ? words : null, vocabulary),
            TopicIds(analysis.Topics),
            article.Published);
    }

    public static string FigureKey(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return string.Create(CultureInfo.InvariantCulture, $"{figure.Metric.ToId()}:{figure.Low}-{figure.High}");
    }

    /// <summary>Equal when the six stored values are (the match features are derived from them).</summary>
    public bool Equals(StoryFingerprint? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<IReadOnlyList<uint>>.Default.Equals(MinHash, other.MinHash)
            && Shingles == other.Shingles
            && EqualityComparer<IReadOnlyList<string>>.Default.Equals(FigureKeys, other.FigureKeys)
            && EqualityComparer<IReadOnlyList<string>?>.Default.Equals(Keywords, other.Keywords)
            && EqualityComparer<IReadOnlyList<string>>.Default.Equals(Topics, other.Topics)
            && Time == other.Time);

    public override int GetHashCode() => HashCode.Combine(MinHash, Shingles, FigureKeys, Keywords, Topics, Time);

    // "killed:300-300", distinct and sorted ordinally.
    private static string[] FigureKeysOf(IReadOnlyList<Figure> figures)
    {
        if (figures.Count == 0)
        {
            return [];
        }

        var keys = new string[figures.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = FigureKey(figures[i]);
        }

        return SortedDistinct(keys);
    }

    // The matched topics' ids, distinct and sorted ordinally.
    private static string[] TopicIds(IReadOnlyList<TopicScore> topics)
    {
        var count = 0;
        foreach (var topic in topics)
        {
            count += topic.IsMatch ? 1 : 0;
        }

        var ids = new string[count];
        count = 0;
        foreach (var topic in topics)
        {
            if (topic.IsMatch)
            {
                ids[count++] = topic.TopicId;
            }
        }

        return SortedDistinct(ids);
    }

    private static string[] SortedDistinct(string[] values)
    {
        if (values.Length < 2)
        {
            return values;
        }

        Array.Sort(values, StringComparer.Ordinal);
        var distinct = 1;
        for (var i = 1; i < values.Length; i++)
        {
            if (!string.Equals(values[i], values[distinct - 1], StringComparison.Ordinal))
            {
                values[distinct++] = values[i];
            }
        }

        return distinct == values.Length ? values : values[..distinct];
    }

    // Per thread (fingerprints are made in parallel): the shingle hashes and the table that finds repeated shingles.
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _forThread;

#pragma warning disable CA1051 // Passed by reference to grow in place.
        public ulong[] Hashes = new ulong[1024];
        public int[] Table = new int[2048];
#pragma warning restore CA1051

        public static Scratch ForThread => _forThread ??= new Scratch();
    }
}
