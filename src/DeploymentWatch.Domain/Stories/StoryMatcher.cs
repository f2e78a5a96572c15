using DeploymentWatch.Domain.Figures;
using System.Runtime.InteropServices;
using DeploymentWatch.Domain.Analysis;

namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// Decides whether an article belongs to a story: pairwise (<see cref="SameStory(StoryFingerprint, StoryFingerprint)"/>)
/// and over a window of earlier articles (<see cref="Match"/>: the story of the earlier article with the strongest
/// evidence that passes <see cref="StoryThresholds"/>, or none). Pure and stateless, so the poller and the
/// evaluation command group the same way.
/// </summary>
public sealed class StoryMatcher(StoryThresholds thresholds)
{
    private const int MaxSharedFigures = 2;

    public StoryThresholds Thresholds { get; } = thresholds ?? throw new ArgumentNullException(nameof(thresholds));

    public StorySimilarity Compare(StoryFingerprint a, StoryFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compare(a, b, KeywordCodes.SharedCount(a.Features.Keywords, b.Features.Keywords));
    }

    /// <summary><see cref="Compare(StoryFingerprint, StoryFingerprint)"/> with the shared keywords already counted.</summary>
    internal StorySimilarity Compare(StoryFingerprint a, StoryFingerprint b, int sharedKeywords)
    {
        var m = Measure(a, b, sharedKeywords);
        return new StorySimilarity(m.Apart, m.Text, m.SharedFigures, m.Keywords, m.SharedTopic, m.Evidence);
    }

    public bool SameStory(StoryFingerprint a, StoryFingerprint b) => SameStory(Compare(a, b));

    public bool SameStory(StorySimilarity similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        return Same(similarity.Apart, similarity.Text, similarity.SharedTopic, similarity.Evidence);
    }

    private bool Same(TimeSpan? apart, double text, bool sharedTopic, double evidence) =>
        !(apart > Thresholds.Window)
        && (text >= Thresholds.NearDuplicate || (sharedTopic && evidence >= Thresholds.MinEvidence));

    /// <summary>
    /// The evidence a pair is judged on: counts both report within <see cref="StoryThresholds.SharedFigureWindow"/>
    /// of each other are enough on their own (outlets rewrite a briefing in their own words but keep its numbers),
    /// so such a pair is held at least at the threshold — when one count is an event's (killed, captured, sent
    /// more, planned) or two are shared: a lone troop total like "about 11,000", or "5,000 in combat", is repeated by
    /// every article on the deployment for months. An undated pair is not held up.
    /// </summary>
    private double Strength(double evidence, StoryFingerprint a, StoryFingerprint b, int sharedFigures, TimeSpan? apart) =>
        (sharedFigures > 0 && apart <= Thresholds.SharedFigureWindow
         && (sharedFigures >= MaxSharedFigures || SharedEventCounts(a.Features.FigureKeys, b.Features.FigureKeys)))
        || (apart is { } gap && OneEvent(a.Features.Topics, b.Features.Topics, gap))
            ? Math.Max(evidence, Thresholds.MinEvidence)
            : evidence;

    /// <summary>Both alerts are on a topic of rare, discrete events and were published within its one-event window.</summary>
    private bool OneEvent(string[] a, string[] b, TimeSpan apart)
    {
        if (Thresholds.OneEventWindows.Count == 0)
        {
            return false;
        }

        foreach (var topic in a)
        {
            if (Thresholds.OneEventWindows.TryGetValue(topic, out var window) && apart <= window && Array.IndexOf(b, topic) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // "troops:11000-11000" and "troops-frontline:5000-5000" are standing estimates, repeated by reports of other events;
    // every other metric's key (killed, captured, sent more, planned) names something that happened.
    private static readonly string StandingTotal = FigureMetric.Troops.ToId() + ":";
    private static readonly string StandingFront = FigureMetric.TroopsFrontline.ToId() + ":";

    private static bool SharedEventCounts(string[] a, string[] b)
    {
        foreach (var key in a)
        {
            if (!key.StartsWith(StandingTotal, StringComparison.Ordinal) && !key.StartsWith(StandingFront, StringComparison.Ordinal)
                && Array.BinarySearch(b, key, StringComparer.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // One formula for Compare and Match; a value, because a window makes millions of comparisons per poll.
    private Measured Measure(StoryFingerprint a, StoryFingerprint b, int sharedKeywords)
    {
        TimeSpan? apart = a.Time is { } ta && b.Time is { } tb ? (ta - tb).Duration() : null;
        var text = MinHashSignature.Containment(a.MinHash, a.Shingles, b.MinHash, b.Shingles);
        var figures = SharedCount(a.FigureKeys, b.FigureKeys);
        var keywords = Jaccard(a.Keywords?.Count ?? 0, b.Keywords?.Count ?? 0, sharedKeywords);
        var evidence = Strength(Evidence(keywords, text, figures, apart), a, b, figures, apart);
        return new Measured(apart, text, figures, keywords, SharedCount(a.Topics, b.Topics) > 0, evidence);
    }

    // The one evidence formula; it only grows with the keyword score, so a bound on that bounds the evidence.
    private double Evidence(double keywords, double text, int figures, TimeSpan? apart) =>
        keywords + (Thresholds.TextWeight * text) + (Thresholds.FigureWeight * Math.Min(figures, MaxSharedFigures))
        - (Thresholds.DecayPerDay * (apart?.TotalDays ?? Thresholds.UndatedDays));

    private readonly record struct Measured(TimeSpan? Apart, double Text, int SharedFigures, double Keywords, bool SharedTopic, double Evidence);

    /// <summary>
    /// The story id of the best-matching article in <paramref name="earlier"/> (a window of recent stories' members),
    /// or null when the candidate starts a new story.
    /// </summary>
    public string? Match(StoryFingerprint candidate, IReadOnlyList<StoryCandidate> earlier)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(earlier);
        return Match(candidate, Span(earlier), default(ListOrder));
    }

    /// <summary>
    /// <see cref="Match(StoryFingerprint, IReadOnlyList{StoryCandidate})"/> with equal strengths won by the lowest
    /// <paramref name="order"/> (the earliest added), so the list need not be sorted.
    /// </summary>
    internal string? Match(StoryFingerprint candidate, IReadOnlyList<StoryCandidate> earlier, Func<int, long> order) =>
        Match(candidate, Span(earlier), new GivenOrder(order));

    // Scan and the window pass lists and arrays: read as spans, not through the interface per comparison.
    private static ReadOnlySpan<StoryCandidate> Span(IReadOnlyList<StoryCandidate> earlier) => earlier switch
    {
        StoryCandidate[] array => array,
        List<StoryCandidate> list => CollectionsMarshal.AsSpan(list),
        _ => earlier.ToArray(),
    };

    // Compares one article with hundreds, so nothing is allocated per comparison and the keywords (the costly part)
    // are counted only when they can change the outcome: not when the pair fails on topic and text, nor when even
    // every keyword shared would leave it under the threshold or under the best so far. The values that decide are
    // computed as Compare computes them.
    private string? Match<TOrder>(StoryFingerprint candidate, ReadOnlySpan<StoryCandidate> earlier, TOrder order)
        where TOrder : struct, IOrder
    {
        string? best = null;
        var bestEvidence = double.NegativeInfinity;
        var bestOrder = long.MaxValue;
        var own = candidate.Features;
        var ownKeywords = candidate.Keywords?.Count ?? 0;
        var ownTime = candidate.Time;
        var ownTicks = ownTime?.UtcTicks ?? 0;
        var window = Thresholds.Window.Ticks;
        for (var i = 0; i < earlier.Length; i++)
        {
            var e = earlier[i];
            var other = e.Fingerprint;

            // (candidate.Time - other.Time).Duration() in ticks: the window test, then the time apart.
            TimeSpan? apart = null;
            if (ownTime is not null && other.Time is { } time)
            {
                var ticks = Math.Abs(ownTicks - time.UtcTicks);
                if (ticks > window)
                {
                    continue;
                }

                apart = new TimeSpan(ticks);
            }

            var features = other.Features;
            var text = MinHashSignature.Containment(own.MinHash, candidate.Shingles, features.MinHash, other.Shingles);
            var nearDuplicate = text >= Thresholds.NearDuplicate;
            if (!nearDuplicate && SharedCount(own.Topics, features.Topics) == 0)
            {
                continue;
            }

            var figures = SharedCount(own.FigureKeys, features.FigureKeys);
            var otherKeywords = other.Keywords?.Count ?? 0;
            var bound = Strength(Evidence(Jaccard(ownKeywords, otherKeywords, Math.Min(ownKeywords, otherKeywords)), text, figures, apart), candidate, other, figures, apart);
            if ((!nearDuplicate && bound < Thresholds.MinEvidence) || Math.Max(bound, text) < bestEvidence)
            {
                continue;
            }

            var evidence = Strength(Evidence(Jaccard(ownKeywords, otherKeywords, KeywordCodes.SharedCount(own.Keywords, features.Keywords)), text, figures, apart), candidate, other, figures, apart);
            var strength = Math.Max(evidence, text);
            if ((nearDuplicate || evidence >= Thresholds.MinEvidence)
                && (strength > bestEvidence || (strength == bestEvidence && order.Of(i) < bestOrder)))
            {
                bestOrder = order.Of(i);
                best = e.Story;
                bestEvidence = strength;
            }
        }

        return best;
    }

    private interface IOrder
    {
        long Of(int index);
    }

    private readonly struct ListOrder : IOrder
    {
        public long Of(int index) => index;
    }

    private readonly struct GivenOrder(Func<int, long> order) : IOrder
    {
        public long Of(int index) => order(index);
    }

    /// <summary>
    /// Groups a batch (an evaluation corpus): articles are taken in publication order (undated ones last, so they
    /// can join any story), each joins the story of its best match among those before it or starts its own.
    /// Returns, in input order, each article's story id: the <see cref="StoryCandidate.Id"/> of the story's first article.
    /// </summary>
    public IReadOnlyList<string> Group(IReadOnlyList<StoryCandidate> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var seen = new List<StoryCandidate>();
        var stories = new string[articles.Count];
        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].Fingerprint.Time is null)
            .ThenBy(i => articles[i].Fingerprint.Time)
            .ThenBy(i => i);
        foreach (var index in order)
        {
            var article = articles[index];
            var story = Match(article.Fingerprint, seen) ?? article.Id;
            seen.Add(article with { StoryId = story });
            stories[index] = story;
        }

        return stories;
    }

    /// <summary><see cref="Group(IReadOnlyList{StoryCandidate})"/> over analysed articles, keyed by item id.</summary>
    public IReadOnlyList<string> Group(IReadOnlyList<ArticleAnalysis> analyses, StoryVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        return Group(analyses.Select(a => new StoryCandidate(a.Article.ItemId, StoryFingerprint.From(a, vocabulary))).ToArray());
    }

    private static double Jaccard(int countA, int countB, int shared) =>
        countA == 0 || countB == 0 ? 0 : (double)shared / (countA + countB - shared);

    // Fingerprint lists are sorted ordinally: one merge pass, no set to allocate (a window compares many pairs).
    private static int SharedCount(IReadOnlyList<string> a, IReadOnlyList<string> b) => SharedCount(Span(a), Span(b));

    // Fingerprints made here hold arrays, and stored ones lists: the merge reads either in place, with no interface
    // call per element.
    private static ReadOnlySpan<string> Span(IReadOnlyList<string> list) => list switch
    {
        string[] array => array,
        List<string> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };

    private static int SharedCount(ReadOnlySpan<string> a, ReadOnlySpan<string> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
