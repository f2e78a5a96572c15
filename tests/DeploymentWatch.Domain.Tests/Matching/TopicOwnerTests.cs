using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Tests.Matching;

/// <summary>
/// Whose trigger it is: another country's launch or soldiers ("China launches spy satellite as North Korea watches",
/// "Chinese troops crossed the Yalu in 1950") support no topic about the North, while a foreign government that only
/// reports the North's launch ("North Korea launched a spy satellite, Japan said") leaves it the North's.
/// </summary>
public class TopicOwnerTests
{
    private static readonly EntityDefinition North = new("North Korea", ["North Korea", "North Korean", "Pyongyang", "the North"]);

    private static readonly string[] Others = ["China", "Chinese", "Japan", "Japan's", "Tokyo", "South Korea", "South Korea's", "Seoul", "US", "Russia"];

    private static readonly ProfileSet Profiles = new(
        [
            new TopicProfile("troop-deployment", "troops", [North], ["troops", "soldiers", "crossed"], ["Russia", "Korean War", "Kursk"],
                [], 2, 1, 0) { Others = Others },
            new TopicProfile("icbm-satellite", "launches", [North], ["ICBM", "spy satellite", "reconnaissance satellite"],
                ["launch", "launches", "launched", "test", "flew", "passed"], [], 1, 1, 0) { Others = Others },
        ],
        []);

    private static readonly TopicClassifier Classifier = new(Profiles);

    private static TopicScore Topic(string text, string id) =>
        Classifier.Classify(text, SentenceSplitter.Split(text)).Single(t => t.TopicId == id);

    [Theory]
    [InlineData("China launches spy satellite as North Korea watches.")]
    [InlineData("South Korea launched its third spy satellite on Monday, and North Korea condemned the launch.")]
    [InlineData("Japan's reconnaissance satellite passed over Pyongyang on its first orbit.")]
    [InlineData("North Korea watched as the Pentagon said a US ICBM test went as planned.")]
    [InlineData("Russia test-fired an ICBM on Friday as North Korea looked on.")]
    [InlineData("North Korea condemned South Korea's spy satellite launch on Monday.")]
    public void Classify_AnotherCountrysLaunch_IsNotTheNorths(string text)
    {
        var launches = Topic(text, "icbm-satellite");

        Assert.False(launches.IsMatch);
        Assert.DoesNotContain(launches.Hits, h => h.Role == TermRole.Other);
    }

    [Theory]
    [InlineData("North Korea launched a spy satellite, Japan said.")]
    [InlineData("Japan said North Korea launched an ICBM on Tuesday.")]
    [InlineData("Seoul said the ICBM that the North launched flew for 70 minutes.")]
    [InlineData("North Korea fired a missile on Tuesday, what Tokyo called an ICBM launch.")]
    [InlineData("China, which calls itself neutral and has long urged restraint, sees an ICBM test by North Korea as a risk.")]
    [InlineData("South Korea's military said the ICBM was launched from Pyongyang.")]
    [InlineData("Russia may help North Korea launch a spy satellite, Seoul's spy agency said.")]
    [InlineData("North Korea has told Japan's coast guard it will launch a spy satellite next week.")]
    [InlineData("North Korea notified Japan it would launch a reconnaissance satellite within days.")]
    public void Classify_TheNorthsLaunchReportedByOthers_StillMatches(string text)
    {
        Assert.True(Topic(text, "icbm-satellite").IsMatch);
    }

    [Fact]
    public void Classify_AnotherCountrysTroopsInHistory_AreNoDeployment()
    {
        const string text = "In 1950 Chinese troops crossed into North Korea. Chinese soldiers fought in the Korean War for three years.";

        Assert.False(Topic(text, "troop-deployment").IsMatch);
    }

    [Fact]
    public void Classify_TheNorthsTroopsNamedAfterAForeignCountry_StillMatch()
    {
        const string text = "US officials say North Korean troops crossed into Russia. Japan said North Korean soldiers reached Kursk.";

        var troops = Topic(text, "troop-deployment");

        Assert.True(troops.IsMatch);
        Assert.Equal([0, 1], troops.SupportingSentences);
    }
}
