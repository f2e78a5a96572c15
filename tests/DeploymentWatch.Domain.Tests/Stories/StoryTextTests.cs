using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Tests.Stories;

/// <summary>What makes a word a story keyword: outlets rewriting one event inflect its words differently.</summary>
public class StoryTextTests
{
    private static readonly DateTimeOffset Tuesday = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly StoryMatcher Matcher = new(StoryThresholds.Default);
    private static readonly StoryVocabulary Vocabulary = StoryVocabulary.From(SeedStories.Profiles);

    [Theory]
    [InlineData("cremated", "cremation")]
    [InlineData("cremating", "cremated")]
    [InlineData("agencies", "agency")]
    [InlineData("admitted", "admits")]
    [InlineData("coffins", "coffin")]
    [InlineData("stopped", "stop")]
    [InlineData("estimated", "estimate")]
    public void Stem_InflectionsOfOneWord_ShareTheKey(string word, string other)
    {
        Assert.Equal(StoryText.Stem(other), StoryText.Stem(word));
    }

    [Theory]
    [InlineData("process", "proces")]
    [InlineData("status", "statu")]
    [InlineData("analysis", "analysi")]
    [InlineData("killed", "kil")]
    [InlineData("ash", "as")]
    public void Stem_WordsThatOnlyLookInflectedOrAreShort_KeepTheirEnd(string word, string notStem)
    {
        Assert.NotEqual(notStem, StoryText.Stem(word));
        Assert.True(StoryText.Stem(word).Length >= Math.Min(3, word.Length));
    }

    [Theory]
    [InlineData("Tokmak", "tokmak")]
    [InlineData("crematoriums", "crematorium")]
    public void Stem_Names_AreKeptWhole(string word, string stem)
    {
        Assert.Equal(stem, StoryText.Stem(word.ToLowerInvariant()));
    }

    [Fact]
    public void Keywords_CommonEnglishWords_AreLeftOutButNamesStay()
    {
        var fingerprint = Fingerprint(
            "Officials voiced concern and support as North Korean troops were sent to Tokmak, a possible step that "
            + "experts believe could change the situation on the ground in Russia's war.",
            Tuesday);

        Assert.Contains("tokmak", fingerprint.Keywords!);
        Assert.DoesNotContain(fingerprint.Keywords!, k => k.StartsWith("concern", StringComparison.Ordinal) || k.StartsWith("support", StringComparison.Ordinal) || k.StartsWith("possib", StringComparison.Ordinal));
    }

    [Fact]
    public void SameStory_RewritesThatInflectTheSameWords_Group()
    {
        var wire = Fingerprint(
            "North Korean soldiers killed in Russia's war are being cremated before the ashes are flown home, and "
            + "families are told of a training accident, the spy agency told lawmakers on Tuesday.",
            Tuesday);
        var rewrite = Fingerprint(
            "Cremation of North Korean soldiers killed in Russia hides the losses from their families, who hear of "
            + "training accidents; the remains are cremated near the front, a lawmaker said after a spy agency briefing.",
            Tuesday.AddHours(4));

        Assert.True(Matcher.SameStory(wire, rewrite), Matcher.Compare(wire, rewrite).ToString());
    }

    [Fact]
    public void SameStory_OtherEventsSharingOnlyCommonWords_DoNotGroup()
    {
        var briefing = Fingerprint(
            "North Korean soldiers killed in Russia are cremated near the front, South Korea's spy agency told "
            + "lawmakers, a possible sign of concern in Pyongyang; experts believe the support will continue.",
            Tuesday);
        var visit = Fingerprint(
            "Ukrainian paratroopers said drone strikes near Tetkino killed North Korean soldiers; in Kyiv, concern "
            + "grows and experts believe such support could continue, possibly a sign of more to come.",
            Tuesday.AddHours(6));

        Assert.False(Matcher.SameStory(briefing, visit), Matcher.Compare(briefing, visit).ToString());
    }

    [Fact]
    public void Keywords_MeasuredFactsOfFlightDistanceAndDuration_AreOneTokenEach()
    {
        var keywords = Fingerprint(
            "North Korea fired an ICBM that flew 86 minutes, reached an altitude of 7,000 km and came down "
            + "1,000 kilometres away after an 85-minute flight; Pyongyang said the engine gave 1,971 kilonewtons.",
            Tuesday).Keywords!;

        Assert.Contains("86min", keywords);
        Assert.Contains("85min", keywords);
        Assert.Contains("7000km", keywords);
        Assert.Contains("1000km", keywords);
        Assert.Contains("1971kn", keywords);
    }

    [Theory]
    [InlineData("86", "minutes", "86min")]
    [InlineData("1,001.2", "kilometers", "1001.2km")]
    [InlineData("90km", null, "90km")]
    [InlineData("3hours", null, "3h")]
    [InlineData("2024", "soldiers", null)]
    [InlineData("31", "october", null)]
    [InlineData("two", "minutes", null)]
    [InlineData("km", null, null)]
    public void Measure_NumberAndUnit_OneSpellingOrNone(string number, string? unit, string? measure) =>
        Assert.Equal(measure, StoryText.Measure(number, unit));

    [Fact]
    public void Keywords_YearsDatesTimesOfDayAndCounts_AreNoMeasures()
    {
        var keywords = Fingerprint(
            "North Korea has sent 11,000 troops to Russia since 2024, and 3,000 more soldiers arrived at 7:10 a.m. on "
            + "Oct. 31 for 2 weeks of training near Kursk, Pyongyang said.",
            Tuesday).Keywords!;

        Assert.DoesNotContain(keywords, k => k.Any(char.IsDigit));
    }

    [Fact]
    public void SameStory_LaunchReportsSharingOnlyTheFlightTime_Group()
    {
        var seoul = Fingerprint(
            "North Korea fired an ICBM on Tuesday that flew for 86 minutes before splashing into the sea, Seoul's "
            + "military said, calling the test a grave provocation.",
            Tuesday);
        var tokyo = Fingerprint(
            "Tokyo said a Pyongyang ICBM stayed aloft 86 minutes and landed outside its waters; the government "
            + "lodged a protest.",
            Tuesday.AddHours(3));

        Assert.True(Matcher.SameStory(seoul, tokyo), Matcher.Compare(seoul, tokyo).ToString());
    }

    [Fact]
    public void SameStory_LaunchesDaysApartWithOtherFlightTimes_DoNotGroup()
    {
        var first = Fingerprint(
            "North Korea fired an ICBM on Tuesday that flew for 86 minutes before splashing into the sea, Seoul's "
            + "military said, calling the test a grave provocation.",
            Tuesday);
        var second = Fingerprint(
            "Tokyo said another Pyongyang ICBM stayed aloft 71 minutes and landed outside its waters; the government "
            + "lodged a protest.",
            Tuesday.AddDays(1));

        Assert.False(Matcher.SameStory(first, second), Matcher.Compare(first, second).ToString());
    }

    private static StoryFingerprint Fingerprint(string text, DateTimeOffset? published)
    {
        var analysis = new ArticleAnalyzer(SeedStories.Profiles).Analyze(new Article("f", text[..20], "t", text, null, null, published));
        Assert.True(analysis.IsRelevant);
        return StoryFingerprint.From(analysis, Vocabulary);
    }
}
