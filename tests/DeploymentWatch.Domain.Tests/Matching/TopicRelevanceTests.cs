using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Tests.Matching;

/// <summary>
/// Topic precision: support in the headline or lead, triggers inside ignore phrases, the war as context for
/// casualties, and a launch by the North rather than another country's satellite watching it.
/// </summary>
public class TopicRelevanceTests
{
    private static readonly EntityDefinition North = new("North Korea", ["North Korea", "North Korean", "Pyongyang"]);

    private static readonly ProfileSet Profiles = new(
        [
            new TopicProfile("troop-deployment", "troops", [North], ["troops", "soldiers", "deployed"], ["Russia", "Kursk"],
                ["workers"], 2, 1, 0),
            new TopicProfile("casualties", "losses", [North], ["killed", "losses", "lost"], ["Russia", "Kursk", "war"],
                [], 1, 1, 0) { Ignore = ["kill chain", "lost ground", "Russian losses"] },
            new TopicProfile("icbm-satellite", "launches", [North], ["ICBM", "spy satellite"], ["launch", "launched", "preparing"],
                ["watch North Korea"], 1, 1, 0),
        ],
        []);

    private static readonly TopicClassifier Classifier = new(Profiles);

    private static IReadOnlyList<TopicScore> Classify(string text) => Classifier.Classify(text, SentenceSplitter.Split(text));

    private static TopicScore Topic(string text, string id) => Classify(text).Single(t => t.TopicId == id);

    [Fact]
    public void Classify_DeploymentOnlyInALateBackgroundLine_RaisesNothing()
    {
        const string text = "Seoul and Washington begin joint air drills. Dozens of jets take part over the peninsula. "
                            + "The exercise runs for five days. Officials said the drills were defensive. "
                            + "The drills come as North Korea has deployed troops to Russia. North Korean soldiers fought in Kursk.";

        var scores = Classify(text);

        var troops = scores.Single(t => t.TopicId == "troop-deployment");
        Assert.True(troops.ReachesThreshold);
        Assert.False(troops.Anchored);
        Assert.All(scores, t => Assert.False(t.IsMatch));
    }

    [Fact]
    public void Classify_DeploymentInTheHeadline_MatchesWithItsLeadSentenceCountedTwice()
    {
        const string text = "North Korean troops arrive in Russia's Kursk region. The convoy was seen on Monday. "
                            + "Analysts expect more.";

        var troops = Topic(text, "troop-deployment");

        Assert.True(troops.IsMatch);
        Assert.Equal([0], troops.LeadSentences);
        Assert.Equal(2, troops.Score);
    }

    [Fact]
    public void Classify_SecondTopicOnlyInTheBody_RidesAlongWhenTheArticleIsOnTopic()
    {
        const string text = "North Korea launched an ICBM on Thursday. It flew for 80 minutes. The launch was its longest. "
                            + "Officials noted it came while North Korean soldiers were deployed in Kursk for Russia. "
                            + "North Korean troops deployed there have fought Ukrainian units since autumn in Russia.";

        var scores = Classify(text);

        Assert.True(scores.Single(t => t.TopicId == "icbm-satellite").IsMatch);
        Assert.True(scores.Single(t => t.TopicId == "troop-deployment").IsMatch);
    }

    [Fact]
    public void Classify_DeploymentOnlyInARelativeClauseOfTheLead_RaisesNothing()
    {
        const string text = "Seoul marks the anniversary of the Korean War. "
                            + "North Korea, which has deployed troops to Russia, held rallies in its capital. "
                            + "Veterans laid wreaths in Seoul.";

        Assert.All(Classify(text), t => Assert.False(t.IsMatch));
    }

    [Fact]
    public void Classify_RelativeClauseBesideTheDeploymentItself_StillMatches()
    {
        const string text = "North Korean troops, who arrived last month, were deployed to Russia's Kursk region. "
                            + "The soldiers joined Russian units.";

        Assert.True(Topic(text, "troop-deployment").IsMatch);
    }

    [Fact]
    public void Classify_WorkersDispatched_AreNoTroopDeployment()
    {
        Assert.False(Topic("North Korea deployed thousands of workers to Russia. More workers were deployed to Kursk.", "troop-deployment").IsMatch);
        Assert.True(Topic("North Korea deployed thousands of soldiers to Russia. More troops were deployed to Kursk.", "troop-deployment").IsMatch);
    }

    [Theory]
    [InlineData("Seoul's kill chain plan targets North Korea's launchers in a war.")]
    [InlineData("North Korea's allies in Russia lost ground in Kursk this week.")]
    [InlineData("Russian losses near Kursk rose, while North Korea sent shells for the war.")]
    public void Classify_TriggerInsideAnIgnorePhrase_IsNoCasualty(string text)
    {
        var casualties = Topic(text, "casualties");

        Assert.False(casualties.IsMatch);
        Assert.DoesNotContain(casualties.Hits, h => h.Role == TermRole.Trigger);
    }

    [Fact]
    public void Classify_SameTriggerOutsideTheIgnorePhrase_StillCounts()
    {
        Assert.True(Topic("Kill chain aside, 40 North Korean soldiers were killed in Kursk, Kyiv said.", "casualties").IsMatch);
        Assert.True(Topic("North Korea lost 300 soldiers in Kursk while Russia lost ground.", "casualties").IsMatch);
    }

    [Fact]
    public void Classify_CasualtiesWithoutTheWar_DoNotMatch()
    {
        Assert.False(Topic("Two North Korean guards were killed by a landmine at the border.", "casualties").IsMatch);
        Assert.True(Topic("Two North Korean soldiers were killed by a drone in the Kursk region.", "casualties").IsMatch);
    }

    [Fact]
    public void Classify_AnotherCountrysSatelliteWatchingTheNorth_IsNoLaunchByIt()
    {
        const string text = "Japan launched a new spy satellite to watch North Korea. The rocket lifted off from Tanegashima.";

        Assert.False(Topic(text, "icbm-satellite").IsMatch);
    }

    [Fact]
    public void Classify_NorthPreparingItsOwnLaunch_Matches()
    {
        Assert.True(Topic("North Korea is preparing to launch a spy satellite, Seoul said.", "icbm-satellite").IsMatch);
    }

    [Fact]
    public void Classify_MissileShownWithoutLaunchOrPreparation_DoesNotMatch()
    {
        Assert.False(Topic("North Korea showed a huge ICBM at a night parade in Pyongyang.", "icbm-satellite").IsMatch);
    }

    [Fact]
    public void Classify_LivePageWithTheNewsInALaterEntry_Matches()
    {
        const string text = "Russia-Ukraine war live: day 1,731. Air raid alerts sounded over Kyiv overnight. Power was cut in Kharkiv. "
                            + "North Korean troops deployed in Kursk repelled an attack, Russia said. North Korean soldiers fought in Kursk.";

        Assert.True(Topic(text, "troop-deployment").IsMatch);
        Assert.False(Topic(text.Replace(" live:", ":", StringComparison.Ordinal), "troop-deployment").IsMatch);
    }

    [Fact]
    public void Classify_HeadlineSetsTheWarForALaterCasualtyLine_Matches()
    {
        const string text = "North Korea to send 6,000 more troops to Russia. The NIS briefed lawmakers. The JCS gave a lower figure. "
                            + "The NIS also said 1,100 North Korean soldiers were killed.";

        Assert.True(Topic(text, "casualties").IsMatch);
        Assert.False(Topic(text.Replace("to Russia", "abroad", StringComparison.Ordinal), "casualties").IsMatch);
    }
}
