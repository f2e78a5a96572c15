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

    private static StoryFingerprint Fingerprint(string text, DateTimeOffset? published)
    {
        var analysis = new ArticleAnalyzer(SeedStories.Profiles).Analyze(new Article("f", text[..20], "t", text, null, null, published));
        Assert.True(analysis.IsRelevant);
        return StoryFingerprint.From(analysis, Vocabulary);
    }
}
