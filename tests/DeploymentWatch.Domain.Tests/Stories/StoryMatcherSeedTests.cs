using DeploymentWatch.Domain.Stories;
using Xunit.Abstractions;

namespace DeploymentWatch.Domain.Tests.Stories;

public class StoryMatcherSeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Group_Seeds_JanuaryArticlesShareOneStoryOthersAlone()
    {
        var analyses = SeedStories.Analyses();
        var vocabulary = StoryVocabulary.From(SeedStories.Profiles);
        var fingerprints = analyses.Select(a => StoryFingerprint.From(a, vocabulary)).ToArray();
        var matcher = new StoryMatcher(StoryThresholds.Default);
        for (var i = 0; i < fingerprints.Length; i++)
        {
            for (var j = i + 1; j < fingerprints.Length; j++)
            {
                output.WriteLine($"{i}-{j}: {matcher.Compare(fingerprints[i], fingerprints[j])}");
            }
        }

        var stories = matcher.Group(analyses, vocabulary);

        Assert.Equal(5, stories.Count);
        Assert.Equal(stories[1], stories[2]);
        Assert.Equal(stories[1], stories[3]);
        Assert.Equal(analyses[1].Article.ItemId, stories[1]);
        Assert.Equal(5 - 2, stories.Distinct().Count());
        Assert.NotEqual(stories[0], stories[4]);
        Assert.DoesNotContain(stories[0], stories.Skip(1));
    }
}
