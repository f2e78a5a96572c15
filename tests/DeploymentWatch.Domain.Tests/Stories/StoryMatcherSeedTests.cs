using DeploymentWatch.Domain.Stories;
using Xunit.Abstractions;

namespace DeploymentWatch.Domain.Tests.Stories;

public class StoryMatcherSeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Group_Seeds_JanuaryArticlesShareOneStoryOthersAlone()
    {
        var analyses = SeedStories.Analyses();
        var fingerprints = analyses.Select(a => StoryFingerprint.From(a, DateTimeOffset.UnixEpoch)).ToArray();
        for (var i = 0; i < fingerprints.Length; i++)
        {
            for (var j = i + 1; j < fingerprints.Length; j++)
            {
                output.WriteLine($"{i}-{j}: {StoryMatcher.Compare(fingerprints[i], fingerprints[j])}");
            }
        }

        var stories = new StoryMatcher(StoryThresholds.Default).Group(analyses, DateTimeOffset.UnixEpoch);

        Assert.Equal(5, stories.Count);
        Assert.Equal(stories[1], stories[2]);
        Assert.Equal(stories[1], stories[3]);
        Assert.Equal(analyses[1].Article.ItemId, stories[1]);
        Assert.Equal(5 - 2, stories.Distinct().Count());
        Assert.NotEqual(stories[0], stories[4]);
        Assert.DoesNotContain(stories[0], stories.Skip(1));
    }
}
