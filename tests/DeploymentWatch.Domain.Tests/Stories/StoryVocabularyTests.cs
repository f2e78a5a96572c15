using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Domain.Stories;
using DeploymentWatch.TestKit.Profiles;

namespace DeploymentWatch.Domain.Tests.Stories;

/// <summary>Which words of the profiles are the subject's common vocabulary, never story keywords.</summary>
public class StoryVocabularyTests
{
    private static readonly ProfileSet Profiles = new(
        [
            new TopicProfile(
                "icbm-satellite",
                "launches",
                [new EntityDefinition("North Korea", ["North Korea", "Pyongyang"])],
                ["ICBM", "spy satellite"],
                ["launch"],
                ["cruise missile", "artillery rockets"],
                1,
                1,
                0x2B6CD9)
            {
                Ignore = ["lost ground"],
            },
        ],
        [new SourceDefinition("kr-jcs", "JCS", ["Joint Chiefs of Staff"])]);

    [Theory]
    [InlineData("korea")]
    [InlineData("pyongyang")]
    [InlineData("icbm")]
    [InlineData("satellite")]
    [InlineData("launched")]
    [InlineData("chiefs")]
    [InlineData("jcs")]
    public void Contains_EntitiesTriggersContextAndSources_AreVocabulary(string word) =>
        Assert.True(StoryVocabulary.From(Profiles).Contains(word));

    [Theory]
    [InlineData("cruise")]
    [InlineData("rocket")]
    [InlineData("artillery")]
    [InlineData("ground")]
    public void Contains_WordsOfExclusionsAndIgnorePhrases_AreNotVocabulary(string word) =>
        Assert.False(StoryVocabulary.From(Profiles).Contains(word));

    [Theory]
    [InlineData("estimate", true)]
    [InlineData("estimated", true)]
    [InlineData("toll", true)]
    [InlineData("coffin", false)]
    public void Contains_WordsACountIsGivenIn_AreVocabulary(string word, bool vocabulary)
    {
        var withFigures = Profiles with { Figures = ShippedFigureVocabulary.Instance };

        Assert.Equal(vocabulary, StoryVocabulary.From(withFigures).Contains(word));
    }
}
