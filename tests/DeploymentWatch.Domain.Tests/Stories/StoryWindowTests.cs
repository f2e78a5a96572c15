using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Tests.Stories;

public sealed class StoryWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Words = Enumerable.Range(0, 300).Select(i => "word" + (char)('a' + i % 26) + i).ToArray();

    [Fact]
    public void Place_ManyArticles_DecidesAsTheMatcherDoesOverEveryEarlierArticle()
    {
        var matcher = new StoryMatcher(StoryThresholds.Default);
        var window = new StoryWindow(matcher);
        var earlier = new List<StoryCandidate>();
        var random = new Random(11);
        int joined = 0, started = 0;
        for (var n = 0; n < 400; n++)
        {
            // Some exact copies (wire copies), so that equal strengths occur and the earliest must win as in the matcher.
            var fingerprint = n > 0 && random.Next(5) == 0 ? earlier[random.Next(earlier.Count)].Fingerprint : RandomFingerprint(random);
            var id = "a" + n;

            var placed = window.Place(fingerprint, id);

            // The plain matcher over every earlier article, in the order they were added: near-duplicates join
            // across topics, so the window may spare it only articles too far apart in time.
            var expected = matcher.Match(fingerprint, earlier);
            Assert.Equal(expected, placed);
            var candidate = new StoryCandidate(id, fingerprint, placed);
            window.Add(candidate);
            earlier.Add(candidate);
            _ = placed is null ? started++ : joined++;
        }

        // Both outcomes occur, so the comparison above was not trivially null = null.
        Assert.InRange(joined, 20, 380);
        Assert.InRange(started, 20, 380);
    }

    [Fact]
    public void Place_NearDuplicateClassifiedUnderOtherTopics_JoinsItsStory()
    {
        // One wire story, one outlet's copy matched casualties, another's troop deployment: the matcher calls near
        // duplicates one story whatever their topics, and the window must not hide the earlier copy from it.
        var matcher = new StoryMatcher(StoryThresholds.Default);
        var window = new StoryWindow(matcher);
        var random = new Random(5);
        var wire = RandomFingerprint(random);
        var first = wire with { Topics = ["casualties"], Time = T0 };
        var copy = wire with { Topics = ["troop-deployment"], Time = T0.AddHours(3) };
        Assert.True(matcher.SameStory(first, copy));
        window.Add(new StoryCandidate("first", first));

        Assert.Equal("first", window.Place(copy, "copy"));
    }

    [Fact]
    public void Place_OutsideTheTimeWindow_IsNotACandidate()
    {
        var matcher = new StoryMatcher(StoryThresholds.Default);
        var window = new StoryWindow(matcher);
        var wire = RandomFingerprint(new Random(5)) with { Topics = ["casualties"], Time = T0 };
        window.Add(new StoryCandidate("first", wire));

        Assert.Null(window.Place(wire with { Time = T0 + StoryThresholds.Default.Window + TimeSpan.FromHours(1) }, "late"));
        Assert.Equal("first", window.Place(wire with { Time = T0 + StoryThresholds.Default.Window }, "in time"));
        Assert.Equal("first", window.Place(wire with { Time = null }, "undated"));
    }

    // Keywords, signature values and figures from small pools, so that pairs share some and some pass the thresholds.
    private static StoryFingerprint RandomFingerprint(Random random)
    {
        var keywords = Words.OrderBy(_ => random.Next()).Take(random.Next(4, 16)).Order(StringComparer.Ordinal).ToArray();
        // A share of the positions copied from one of a few "wire texts", the rest the article's own.
        var copied = new[] { 0.0, 0.0, 0.3, 0.8 }[random.Next(4)];
        var wire = random.Next(5);
        var minHash = Enumerable.Range(0, MinHashSignature.Size)
            .Select(i => random.NextDouble() < copied ? (uint)(wire * 1_000 + i) : (uint)random.Next(10_000, int.MaxValue)).ToArray();
        string[] figures = random.Next(3) == 0 ? [] : [$"killed:{random.Next(4) * 100}-{random.Next(4) * 100}"];
        var topics = new[] { "casualties", "troop-deployment", "icbm-satellite" }.Where(_ => random.Next(2) == 0).DefaultIfEmpty("casualties").ToArray();
        DateTimeOffset? time = random.Next(20) == 0 ? null : T0.AddHours(random.Next(96));
        return new StoryFingerprint(minHash, random.Next(20, 120), figures, keywords, topics, time);
    }
}
