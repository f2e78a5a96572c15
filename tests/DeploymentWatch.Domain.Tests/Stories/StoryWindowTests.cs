using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Tests.Stories;

public sealed class StoryWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Words = Enumerable.Range(0, 300).Select(i => "word" + (char)('a' + i % 26) + i).ToArray();

    [Fact]
    public void Place_ManyArticles_DecidesAsTheMatcherDoesOverEveryEarlierArticleOfItsTopics()
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

            // The plain matcher over every earlier article that shares a topic, in the order they were added.
            var expected = matcher.Match(fingerprint, earlier.Where(e => e.Fingerprint.Topics.Intersect(fingerprint.Topics).Any()).ToArray());
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
        var topics = new[] { "casualties", "troop-deployment" }.Where(_ => random.Next(2) == 0).DefaultIfEmpty("casualties").ToArray();
        DateTimeOffset? time = random.Next(20) == 0 ? null : T0.AddHours(random.Next(96));
        return new StoryFingerprint(minHash, random.Next(20, 120), figures, keywords, topics, time);
    }
}
