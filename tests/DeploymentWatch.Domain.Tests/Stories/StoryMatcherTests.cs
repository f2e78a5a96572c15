using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Tests.Stories;

public class StoryMatcherTests
{
    private static readonly DateTimeOffset Friday = new(2025, 1, 24, 6, 0, 0, TimeSpan.Zero);
    private static readonly StoryMatcher Matcher = new(StoryThresholds.Default);
    private static readonly StoryVocabulary Vocabulary = StoryVocabulary.From(SeedStories.Profiles);

    private const string WireCopy =
        "North Korea may be preparing to send additional troops to Russia after its soldiers suffered heavy casualties, "
        + "South Korea's Joint Chiefs of Staff said on Friday. Seoul's National Intelligence Service said last week that "
        + "about 300 North Korean soldiers had been killed and 2,700 wounded in the Kursk region. North Korea is also "
        + "preparing to launch a spy satellite and an ICBM, though there were no signs of immediate action, the JCS said.";

    private const string Rewrite =
        "SEOUL — The military of South Korea voiced concern on Friday that Pyongyang may be preparing additional troops "
        + "for Russia after heavy casualties. According to the NIS, some 300 North Korean soldiers were killed and 2,700 "
        + "injured fighting in Kursk. The JCS added that preparations for a spy satellite launch appear under way, with "
        + "no signs of immediate action.";

    private const string LaterBriefing =
        "South Korea's spy agency told lawmakers on Wednesday that about 300 North Korean soldiers have been killed and "
        + "2,700 wounded in Russia's Kursk region, and that two soldiers were captured by Ukraine.";

    private const string SameDayLaunch =
        "North Korea fired an intercontinental ballistic missile into the sea off its east coast, Japan's defence "
        + "ministry said, the first ICBM launch since October. North Korean troops have been fighting for Russia.";

    // Three outlets on one ceremony: no figures, little shared text, the same names and things.
    private const string CeremonyWire =
        "Kim Jong Un pinned medals on the flag-draped coffins of North Korean soldiers killed in Russia's Kursk region, "
        + "state television showed on Tuesday. Mourners wept in the hall in Pyongyang as an honour guard carried the coffins.";

    private const string CeremonyRewrite =
        "Tearful mourners and an honour guard: North Korea's leader awarded medals to soldiers who died fighting for "
        + "Moscow in Kursk, laying them on their coffins in a televised ceremony in a Pyongyang hall.";

    private const string CeremonyThird =
        "Footage aired by state television shows Kim Jong Un beside coffins draped in flags, honouring North Korean "
        + "soldiers killed in Kursk with medals as mourners filled the hall.";

    private const string FactoryVisit =
        "Kim Jong Un toured a tractor factory on Tuesday and urged workers to raise output, while North Korean soldiers "
        + "killed in Kursk were remembered in a short broadcast about the fertiliser harvest.";

    [Fact]
    public void SameStory_SameEventDifferentOutletsAndWording_Groups()
    {
        var a = Fingerprint(WireCopy, Friday);
        var b = Fingerprint(Rewrite, Friday.AddHours(5));

        Assert.True(Matcher.SameStory(a, b), Matcher.Compare(a, b).ToString());
    }

    [Fact]
    public void SameStory_RewritesWithoutFiguresSharingNamesAndWords_Group()
    {
        var wire = Fingerprint(CeremonyWire, Friday);
        var rewrite = Fingerprint(CeremonyRewrite, Friday.AddHours(3));
        var third = Fingerprint(CeremonyThird, Friday.AddHours(9));

        Assert.Equal(0, Matcher.Compare(wire, rewrite).SharedFigures);
        Assert.True(Matcher.SameStory(wire, rewrite), Matcher.Compare(wire, rewrite).ToString());
        Assert.True(Matcher.SameStory(wire, third), Matcher.Compare(wire, third).ToString());
    }

    [Fact]
    public void SameStory_SameTopicAndPlaceButAnotherEvent_DoesNotGroup()
    {
        var ceremony = Fingerprint(CeremonyWire, Friday);
        var visit = Fingerprint(FactoryVisit, Friday.AddHours(2));

        Assert.False(Matcher.SameStory(ceremony, visit), Matcher.Compare(ceremony, visit).ToString());
    }

    [Fact]
    public void SameStory_VerbatimCopyWithoutSharedFigures_GroupsAsNearDuplicate()
    {
        var text = WireCopy.Replace("about 300", "many", StringComparison.Ordinal).Replace("2,700", "others", StringComparison.Ordinal);
        var a = Fingerprint(text, Friday);
        var b = Fingerprint(text + " The statement did not give details.", Friday.AddHours(1));

        Assert.True(Matcher.Compare(a, b).Text >= StoryThresholds.Default.NearDuplicate);
        Assert.True(Matcher.SameStory(a, b));
    }

    [Fact]
    public void SameStory_SameTopicAndFiguresDaysApart_DoesNotGroup()
    {
        var a = Fingerprint(WireCopy, Friday);
        var b = Fingerprint(LaterBriefing, Friday.AddDays(5));

        Assert.True(Matcher.Compare(a, b).SharedFigures >= 2);
        Assert.False(Matcher.SameStory(a, b));
    }

    [Fact]
    public void SameStory_DifferentEventSameDay_DoesNotGroup()
    {
        var a = Fingerprint(WireCopy, Friday);
        var b = Fingerprint(SameDayLaunch, Friday.AddHours(3));

        Assert.False(Matcher.SameStory(a, b), Matcher.Compare(a, b).ToString());
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
    public void SameStory_UndatedArticle_IsJudgedByTheOtherEvidence()
    {
        var ceremony = Fingerprint(CeremonyWire, Friday);
        var undatedRewrite = Fingerprint(CeremonyRewrite, null);
        var undatedVisit = Fingerprint(FactoryVisit, null);

        Assert.Null(undatedRewrite.Time);
        Assert.Null(Matcher.Compare(ceremony, undatedRewrite).Apart);
        Assert.True(Matcher.SameStory(ceremony, undatedRewrite), Matcher.Compare(ceremony, undatedRewrite).ToString());
        Assert.False(Matcher.SameStory(ceremony, undatedVisit));
    }

    [Fact]
    public void Compare_FingerprintStoredBeforeKeywords_HasNoKeywordEvidence()
    {
        var a = Fingerprint(CeremonyWire, Friday);
        var old = a with { Keywords = null };

        Assert.Equal(0, Matcher.Compare(a, old).Keywords);
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
    public void Group_OutOfOrderBatchWithAnUndatedArticle_RootIsTheEarliestDatedArticle()
    {
        var stories = Matcher.Group(
        [
            new StoryCandidate("undated", Fingerprint(CeremonyThird, null)),
            new StoryCandidate("rewrite", Fingerprint(CeremonyRewrite, Friday.AddHours(4))),
            new StoryCandidate("wire", Fingerprint(CeremonyWire, Friday)),
            new StoryCandidate("briefing", Fingerprint(LaterBriefing, Friday.AddDays(5))),
        ]);

        Assert.Equal(["wire", "wire", "wire", "briefing"], stories);
    }

    [Fact]
    public void From_SameArticleTwice_GivesEqualSignatures()
    {
        var a = Fingerprint(WireCopy, Friday);
        var b = Fingerprint(WireCopy, Friday);

        Assert.Equal(a.MinHash, b.MinHash);
        Assert.Equal(1.0, Matcher.Compare(a, b).Text, 3);
        Assert.Contains("killed:300-300", a.FigureKeys);
    }

    [Fact]
    public void From_Keywords_LeaveOutTheSubjectsVocabularyAndStopWords()
    {
        var keywords = Fingerprint(CeremonyWire, Friday).Keywords!;

        Assert.Contains("coffin", keywords);
        Assert.Contains("medal", keywords);
        Assert.Contains("mourner", keywords);
        Assert.DoesNotContain("kursk", keywords);
        Assert.DoesNotContain("soldier", keywords);
        Assert.DoesNotContain("korean", keywords);
        Assert.DoesNotContain("showed", keywords.Where(k => k.Length < 4));
        Assert.DoesNotContain("tuesday", keywords);
    }

    [Theory]
    [InlineData(20, new[] { "killed:312-312" }, true)]
    [InlineData(20, new[] { "troops-planned:6000-6000" }, true)]
    [InlineData(20, new[] { "troops:11000-11000", "troops:14000-14000" }, true)]
    [InlineData(20, new[] { "troops:11000-11000" }, false)]
    [InlineData(60, new[] { "killed:312-312" }, false)]
    public void SameStory_RewritesSharingACountWithinADayAndAHalf_AreOneStory(int hoursApart, string[] shared, bool same)
    {
        // Outlets that retell a briefing in their own words share none of its wording, only its numbers.
        var a = Bare(["hero", "ceremony", "wreath"], shared, Friday);
        var b = Bare(["memorial", "honours", "posthumous"], [.. shared, "wounded:40-40"], Friday.AddHours(hoursApart));

        Assert.Equal(same, Matcher.SameStory(a, b));
        Assert.Equal(same, Matcher.Match(b, [new StoryCandidate("a", a)]) == "a");
    }

    [Fact]
    public void SameStory_SharedCountUndatedOrOnAnotherTopic_IsNotEnough()
    {
        var dated = Bare(["hero", "ceremony"], ["killed:312-312"], Friday);

        Assert.False(Matcher.SameStory(dated, Bare(["memorial", "honours"], ["killed:312-312"], null)));
        Assert.False(Matcher.SameStory(dated, Bare(["memorial", "honours"], ["killed:312-312"], Friday.AddHours(3)) with { Topics = ["icbm-satellite"] }));
    }

    [Fact]
    public void SameStory_StandingFrontCountAlone_IsNotEnough()
    {
        var a = Bare(["rotation", "pentagon"], ["troops-frontline:5000-5000"], Friday);
        var b = Bare(["briefing", "lawmakers"], ["troops-frontline:5000-5000", "killed:2000-2000"], Friday.AddHours(20));

        Assert.False(Matcher.SameStory(a, b));
    }

    [Theory]
    [InlineData(0, "icbm-satellite", true)]
    [InlineData(11, "icbm-satellite", true)]
    [InlineData(20, "icbm-satellite", false)]
    [InlineData(0, "casualties", false)]
    public void SameStory_OneEventTopicWithinItsWindow_IsOneStory(int hoursApart, string topic, bool same)
    {
        // Launch reports retell the launch in their own words; its names are the profile's vocabulary.
        var matcher = new StoryMatcher(StoryThresholds.Default with
        {
            OneEventWindows = new Dictionary<string, TimeSpan> { ["icbm-satellite"] = TimeSpan.FromHours(12) },
        });
        var a = Bare(["lofted", "angle"], [], Friday) with { Topics = [topic] };
        var b = Bare(["splashed", "waters"], [], Friday.AddHours(hoursApart)) with { Topics = [topic] };

        Assert.Equal(same, matcher.SameStory(a, b));
        Assert.False(Matcher.SameStory(a, b));
        Assert.False(matcher.SameStory(a, b with { Time = null }));
    }

    [Fact]
    public void WithTopics_TakesTheProfilesOneEventWindows()
    {
        var thresholds = StoryThresholds.Default.WithTopics(SeedStories.Profiles with
        {
            Topics = [.. SeedStories.Profiles.Topics.Select(t => t.Id == "icbm-satellite" ? t with { OneEventWithin = TimeSpan.FromHours(12) } : t)],
        });

        Assert.Equal(TimeSpan.FromHours(12), Assert.Single(thresholds.OneEventWindows).Value);
    }

    // A fingerprint with no text signature: only keywords, counts, topic and time speak.
    private static StoryFingerprint Bare(string[] keywords, string[] figureKeys, DateTimeOffset? published) =>
        new([], 0, [.. figureKeys.Order(StringComparer.Ordinal)], [.. keywords.Order(StringComparer.Ordinal)], ["casualties"], published);

    private static StoryFingerprint Fingerprint(string text, DateTimeOffset? published)
    {
        var analysis = new ArticleAnalyzer(SeedStories.Profiles).Analyze(new Article("f", text[..20], "t", text, null, null, published));
        Assert.True(analysis.IsRelevant);
        return StoryFingerprint.From(analysis, Vocabulary);
    }
}
