using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Tests.Stories;

/// <summary>
/// Match skips the keyword count where it cannot change the decision and counts keywords over codes: here against
/// the plain definition (every earlier article within the window compared in full, keywords merged as strings).
/// </summary>
public class MatchEquivalenceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    // Short a–z words (coded), long ones (over 13 letters) and other letters (kept as strings).
    private static readonly string[] Pool =
    [
        .. Enumerable.Range(0, 120).Select(i => "kw" + (char)('a' + (i % 26)) + (char)('a' + (i / 26))),
        "reconnaissance", "intercontinental", "administration", "zzzzzzzzzzzzz", "zzzzzzzzzzzzzz", "aaaa", "aaaaa",
        "ålesund", "москва", "straße", "naïve", "café", "kwa", "kwzzz",
    ];

    [Fact]
    public void SharedCount_RandomKeywordLists_SameAsTheStringMerge()
    {
        var random = new Random(3);
        for (var n = 0; n < 2000; n++)
        {
            var a = RandomKeywords(random);
            var b = random.Next(4) == 0 ? a : RandomKeywords(random);

            var shared = KeywordCodes.SharedCount(KeywordCodes.From(a), KeywordCodes.From(b));

            Assert.Equal(a.Intersect(b, StringComparer.Ordinal).Count(), shared);
        }
    }

    [Fact]
    public void SharedCount_ListsWithRepeats_CountAsTheStringMergeDid()
    {
        // Never made by From, but a stored list could hold a keyword twice: the merge pairs repeats one to one.
        string[] a = ["aaaa", "aaaa", "bbbb", "reconnaissance", "reconnaissance"];
        string[] b = ["aaaa", "aaaa", "aaaa", "bbbb", "reconnaissance"];

        Assert.Equal(4, KeywordCodes.SharedCount(KeywordCodes.From(a), KeywordCodes.From(b)));
    }

    [Fact]
    public void Match_RandomWindows_SameAsComparingEveryEarlierArticle()
    {
        var matcher = new StoryMatcher(StoryThresholds.Default);
        var random = new Random(17);
        var earlier = new List<StoryCandidate>();
        int joined = 0, started = 0;
        for (var n = 0; n < 600; n++)
        {
            var fingerprint = n > 0 && random.Next(6) == 0 ? earlier[random.Next(earlier.Count)].Fingerprint : RandomFingerprint(random);

            var story = matcher.Match(fingerprint, earlier);

            Assert.Equal(PlainMatch(matcher, fingerprint, earlier), story);
            earlier.Add(new StoryCandidate("a" + n, fingerprint, story));
            _ = story is null ? started++ : joined++;
        }

        // Both outcomes occur, so the comparison above was not trivially null = null.
        Assert.InRange(joined, 30, 570);
        Assert.InRange(started, 30, 570);
    }

    [Fact]
    public void Match_CopyWithOtherKeywords_UsesTheCopysKeywords()
    {
        var matcher = new StoryMatcher(StoryThresholds.Default);
        var random = new Random(23);
        var original = RandomFingerprint(random) with { Topics = ["casualties"], Time = T0 };
        var earlier = new List<StoryCandidate> { new("e", original with { MinHash = [.. Enumerable.Range(0, MinHashSignature.Size).Select(i => (uint)i)] }) };
        Assert.Equal("e", matcher.Match(original, earlier));

        var unrelated = original with { Keywords = ["kwzz", "kwzy"], FigureKeys = [] };

        Assert.Equal(PlainMatch(matcher, unrelated, earlier), matcher.Match(unrelated, earlier));
        Assert.Null(matcher.Match(unrelated, earlier));
    }

    private static string? PlainMatch(StoryMatcher matcher, StoryFingerprint candidate, List<StoryCandidate> earlier)
    {
        string? best = null;
        var bestStrength = double.NegativeInfinity;
        foreach (var e in earlier)
        {
            if ((candidate.Time - e.Fingerprint.Time)?.Duration() > matcher.Thresholds.Window)
            {
                continue;
            }

            var similarity = matcher.Compare(candidate, e.Fingerprint, (candidate.Keywords ?? []).Intersect(e.Fingerprint.Keywords ?? [], StringComparer.Ordinal).Count());
            var strength = Math.Max(similarity.Evidence, similarity.Text);
            if (matcher.SameStory(similarity) && strength > bestStrength)
            {
                best = e.Story;
                bestStrength = strength;
            }
        }

        return best;
    }

    private static string[] RandomKeywords(Random random) =>
        [.. Pool.OrderBy(_ => random.Next()).Take(random.Next(0, 60)).Order(StringComparer.Ordinal)];

    // Signature values, figures and topics from small pools, so that pairs share some and some pass the thresholds.
    private static StoryFingerprint RandomFingerprint(Random random)
    {
        var copied = new[] { 0.0, 0.0, 0.3, 0.8 }[random.Next(4)];
        var wire = random.Next(5);
        var minHash = Enumerable.Range(0, MinHashSignature.Size)
            .Select(i => random.NextDouble() < copied ? (uint)(wire * 1_000 + i) : (uint)random.Next(10_000, int.MaxValue)).ToArray();
        string[] figures = random.Next(3) == 0 ? [] : [.. new[] { $"killed:{random.Next(4) * 100}-{random.Next(4) * 100}", $"wounded:{random.Next(3)}-1" }.Take(random.Next(1, 3)).Distinct().Order(StringComparer.Ordinal)];
        string[] topics = [.. new[] { "casualties", "troop-deployment", "icbm-satellite" }.Where(_ => random.Next(2) == 0)];
        DateTimeOffset? time = random.Next(20) == 0 ? null : T0.AddHours(random.Next(120));
        return new StoryFingerprint(minHash, random.Next(20, 120), figures, random.Next(15) == 0 ? null : RandomKeywords(random), topics, time);
    }
}
