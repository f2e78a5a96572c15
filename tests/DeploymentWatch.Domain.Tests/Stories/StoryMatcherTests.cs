using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Tests.Stories;

public class StoryMatcherTests
{
    private static readonly DateTimeOffset Friday = new(2025, 1, 24, 6, 0, 0, TimeSpan.Zero);
    private static readonly StoryMatcher Matcher = new(StoryThresholds.Default);

    private const string WireCopy =
        "North Korea may be preparing to send additional troops to Russia after its soldiers suffered heavy casualties, "
        + "South Korea's Joint Chiefs of Staff said on Friday. Seoul's National Intelligence Service said last week that "
        + "about 300 North Korean soldiers had been killed and 2,700 wounded in the Kursk region. North Korea is also "
        + "preparing to launch a spy satellite and an ICBM, though there were no signs of immediate action, the JCS said.";

    private const string Rewrite =
        "SEOUL — The military of South Korea voiced concern on Friday that Pyongyang is readying more troops for Russia. "
        + "According to the NIS, some 300 North Korean soldiers were killed and 2,700 injured fighting in Kursk. "
        + "The JCS added that preparations for an intercontinental ballistic missile launch appear to be under way.";

    private const string LaterBriefing =
        "South Korea's spy agency told lawmakers on Wednesday that about 300 North Korean soldiers have been killed and "
        + "2,700 wounded in Russia's Kursk region, and that two soldiers were captured by Ukraine.";

    private const string SameDayLaunch =
        "North Korea fired an intercontinental ballistic missile into the sea off its east coast, Japan's defence "
        + "ministry said, the first ICBM launch since October. North Korean troops have been fighting for Russia.";

    [Fact]
    public void SameStory_SameEventDifferentOutletsAndWording_Groups()
    {
        var a = Fingerprint(WireCopy, Friday);
        var b = Fingerprint(Rewrite, Friday.AddHours(5));

        Assert.True(Matcher.SameStory(a, b), StoryMatcher.Compare(a, b).ToString());
    }

    [Fact]
    public void SameStory_VerbatimCopyWithoutSharedFigures_GroupsAsNearDuplicate()
    {
        var text = WireCopy.Replace("about 300", "many", StringComparison.Ordinal).Replace("2,700", "others", StringComparison.Ordinal);
        var a = Fingerprint(text, Friday);
        var b = Fingerprint(text + " The statement did not give details.", Friday.AddHours(1));

        Assert.True(StoryMatcher.Compare(a, b).Text >= StoryThresholds.Default.NearDuplicate);
        Assert.True(Matcher.SameStory(a, b));
    }

    [Fact]
    public void SameStory_SameTopicAndFiguresDaysApart_DoesNotGroup()
    {
        var a = Fingerprint(WireCopy, Friday);
        var b = Fingerprint(LaterBriefing, Friday.AddDays(5));

        Assert.True(StoryMatcher.Compare(a, b).SharedFigures >= 2);
        Assert.False(Matcher.SameStory(a, b));
    }

    [Fact]
    public void SameStory_DifferentEventSameDay_DoesNotGroup()
    {
        var a = Fingerprint(WireCopy, Friday);
        var b = Fingerprint(SameDayLaunch, Friday.AddHours(3));

        Assert.False(Matcher.SameStory(a, b), StoryMatcher.Compare(a, b).ToString());
    }

    [Fact]
    public void SameStory_WindowFromOptions_IsRespected()
    {
        var a = Fingerprint(WireCopy, Friday);
        var b = Fingerprint(Rewrite, Friday.AddHours(30));
        var narrow = new StoryMatcher(StoryThresholds.Default with { Window = TimeSpan.FromHours(24) });

        Assert.True(Matcher.SameStory(a, b));
        Assert.False(narrow.SameStory(a, b));
    }

    [Fact]
    public void Match_EarlierMember_ReturnsItsStoryRoot()
    {
        var earlier = new[]
        {
            new StoryCandidate("launch", Fingerprint(SameDayLaunch, Friday)),
            new StoryCandidate("copy", Fingerprint(WireCopy, Friday), StoryId: "root"),
        };

        Assert.Equal("root", Matcher.Match(Fingerprint(Rewrite, Friday.AddHours(2)), earlier));
        Assert.Null(Matcher.Match(Fingerprint(LaterBriefing, Friday.AddDays(4)), earlier));
    }

    [Fact]
    public void Group_OutOfOrderBatch_RootIsTheEarliestArticle()
    {
        var stories = Matcher.Group(
        [
            new StoryCandidate("rewrite", Fingerprint(Rewrite, Friday.AddHours(4))),
            new StoryCandidate("wire", Fingerprint(WireCopy, Friday)),
            new StoryCandidate("briefing", Fingerprint(LaterBriefing, Friday.AddDays(5))),
        ]);

        Assert.Equal(["wire", "wire", "briefing"], stories);
    }

    [Fact]
    public void From_SameArticleTwice_GivesEqualSignatures()
    {
        var a = Fingerprint(WireCopy, Friday);
        var b = Fingerprint(WireCopy, Friday);

        Assert.Equal(a.MinHash, b.MinHash);
        Assert.Equal(1.0, StoryMatcher.Compare(a, b).Text, 3);
        Assert.Contains("killed:300-300", a.FigureKeys);
        Assert.Contains("kursk", a.Entities);
    }

    private static StoryFingerprint Fingerprint(string text, DateTimeOffset published)
    {
        var analysis = new ArticleAnalyzer(SeedStories.Profiles).Analyze(new Article("f", text[..20], "t", text, null, null, published));
        Assert.True(analysis.IsRelevant);
        return StoryFingerprint.From(analysis, published);
    }
}
