using DeploymentWatch.TestKit.Profiles;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Tests.Matching;

public class TopicClassifierTests
{
    private readonly TopicClassifier _classifier = new(SampleProfiles.Create());

    private TopicScore Score(string text, string topic)
    {
        var sentences = SentenceSplitter.Split(text);
        return _classifier.Classify(text, sentences).Single(t => t.TopicId == topic);
    }

    [Theory]
    [InlineData("Pyŏngyang has sent more soldiers, officials said.", true)]
    [InlineData("The report cites the DPRK once.", true)]
    [InlineData("KIM JONG-UN visited a factory.", true)]
    [InlineData("Russian forces lost ground near Kursk as 200 soldiers were killed.", false)]
    [InlineData("South Korea's parliament met in Seoul; the NIS briefed lawmakers.", false)]
    [InlineData("A Northern Koreanist spoke at the tennis club.", false)]
    [InlineData("", false)]
    public void NamesAnEntity_AnyTopicsEntityAsAWholeWord(string text, bool expected)
    {
        Assert.Equal(expected, _classifier.NamesAnEntity(text));
    }

    [Fact]
    public void NamesAnEntity_NoEntity_NoTopicHasSupport()
    {
        // The screen is only sound if support always needs an entity: a text with triggers and context but no
        // entity scores zero on every topic, with the reference matcher as with the fast one.
        const string text = "Ukraine says 300 soldiers were killed and wounded near Kursk. Russia deployed troops to the front line " +
                            "and launched an ICBM test. A spy satellite was prepared for launch.";
        var reference = new TopicClassifier(SampleProfiles.Create(), terms => new ReferenceTermMatcher(terms));

        Assert.False(_classifier.NamesAnEntity(text));
        Assert.False(reference.NamesAnEntity(text));
        Assert.All(_classifier.Classify(text, SentenceSplitter.Split(text)), t => Assert.Equal(0, t.Score));
        Assert.True(reference.NamesAnEntity(text + " North Korea denied it."));
    }

    [Fact]
    public void Classify_EntityAndTriggerInOneSentence_Matches()
    {
        var score = Score("About 300 North Korean soldiers have been killed, the spy agency said.", "casualties");
        Assert.True(score.IsMatch);
        Assert.Contains("killed", score.Terms);
        Assert.Contains("North Korean soldiers", score.Terms);
    }

    [Fact]
    public void Classify_TriggerFarFromTheEntity_DoesNotMatch()
    {
        const string text = "North Korea held a party congress this week. Delegates discussed the economy. " +
                            "Officials also talked about farming. Separately, 200 Ukrainian soldiers were killed near Bakhmut.";
        Assert.False(Score(text, "casualties").IsMatch);
    }

    [Fact]
    public void Classify_EntityInThePreviousSentence_MatchesWithinTheWindow()
    {
        const string text = "Ukraine said North Korean troops suffered heavy losses in Kursk. More than 3,000 have been killed or wounded, according to Kyiv.";
        var score = Score(text, "casualties");
        Assert.True(score.IsMatch);
        Assert.Contains(1, score.SupportingSentences);
    }

    [Fact]
    public void Classify_ThresholdOfTwo_NeedsTwoSupportingSentencesOrOneInTheLead()
    {
        const string opening = "Seoul hosts a trade fair. Exhibitors arrive. Buyers come. Kim Jong Un deployed soldiers to Kursk last year. ";
        Assert.False(Score(opening + "Sellers come too.", "troop-deployment").ReachesThreshold);
        Assert.True(Score(opening + "North Korea deployed more soldiers to Russia.", "troop-deployment").ReachesThreshold);
        Assert.True(Score("North Korean troops are in Russia.", "troop-deployment").IsMatch);
    }

    [Fact]
    public void Classify_ContextMissing_DoesNotMatch()
    {
        var score = Score("North Korean soldiers crossed the border. North Korean troops fired warning shots.", "troop-deployment");
        Assert.False(score.IsMatch);
    }

    [Fact]
    public void Classify_ExclusionInTheSentence_CancelsItsSupport()
    {
        Assert.False(Score("North Korea fired a short-range ballistic missile, not an ICBM.", "icbm-satellite").IsMatch);
        Assert.True(Score("North Korea is preparing to launch an ICBM.", "icbm-satellite").IsMatch);
    }

    [Theory]
    [InlineData("The tennis club met Kimberly in Pyongyangsk.")]
    [InlineData("Northkorea killed nothing.")]
    public void Classify_TermsInsideOtherWords_DoNotMatch(string text)
    {
        Assert.All(_classifier.Classify(text, SentenceSplitter.Split(text)), t => Assert.False(t.IsMatch));
    }

    [Fact]
    public void Classify_HyphenAndCaseVariants_Match()
    {
        Assert.True(Score("NORTH-KOREAN TROOPS were KILLED.", "casualties").IsMatch);
    }

    [Fact]
    public void Classify_ReferenceAndDefaultMatcher_AgreeOnEveryHit()
    {
        const string text = "Pyongyang's spy satellite and ICBM: North Korea, North Korean troops killed; Kursk, Russia. North-Korean soldiers deployed.";
        var fast = new TopicClassifier(SampleProfiles.Create()).Classify(text, SentenceSplitter.Split(text));
        var reference = new TopicClassifier(SampleProfiles.Create(), terms => new ReferenceTermMatcher(terms)).Classify(text, SentenceSplitter.Split(text));
        Assert.Equal(reference.SelectMany(t => t.Hits), fast.SelectMany(t => t.Hits));
    }
}
