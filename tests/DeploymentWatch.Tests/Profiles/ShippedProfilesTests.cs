using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Profiles;

/// <summary>
/// The shipped config/profiles.yaml on articles written for these tests (not the seeds): other outlets' phrasing
/// must match, and off-topic articles that share words must not.
/// </summary>
public class ShippedProfilesTests
{
    private static readonly ArticleAnalyzer Analyzer = new(ProfilesFileLoader.Load(Path.Combine(RepositoryPaths.Config, "profiles.yaml")));

    private static string[] Topics(string text) =>
        Analyzer.Analyze(new Article("t", "t", "t", text, null, null, null)).MatchedTopics.Select(t => t.TopicId).ToArray();

    [Theory]
    [InlineData(
        "Pyongyang has dispatched roughly 12,000 troops to Russia's Kursk region, Ukraine's military intelligence said on Tuesday. " +
        "The North Korean soldiers were moved to the front lines after weeks of training in the Russian Far East.",
        new[] { "troop-deployment" })]
    [InlineData(
        "Some 1,000 North Korean soldiers have been killed or wounded in Kursk, Ukraine's military intelligence said. " +
        "Kyiv also said two North Korean troops were taken prisoner.",
        new[] { "casualties" })]
    [InlineData(
        "North Korea is readying a launch of its Malligyong reconnaissance satellite from the Sohae station, South Korean officials said. " +
        "Seoul's military said it was watching for signs of the launch.",
        new[] { "icbm-satellite" })]
    [InlineData(
        "North Korea test-fired a Hwasong-19 intercontinental ballistic missile on Thursday, Japan's defence ministry said. " +
        "The ICBM flew for 86 minutes before falling into the sea.",
        new[] { "icbm-satellite" })]
    public void Analyze_OtherOutletsPhrasing_MatchesTheTopic(string text, string[] expected)
    {
        var topics = Topics(text);
        Assert.All(expected, t => Assert.Contains(t, topics));
    }

    [Theory]
    [InlineData("Israel said 40 soldiers were killed in Gaza this week, while Hamas reported dozens of casualties in Rafah.")]
    [InlineData("Russia has lost more than 700,000 troops killed or wounded since the invasion began, Ukraine's general staff said. Russian forces attacked Kharkiv again.")]
    [InlineData("South Korea's parliament impeached the president over martial law. Opposition lawmakers said the vote was historic, and North Korea's state media mocked Seoul.")]
    [InlineData("North Korea fired two short-range ballistic missiles into the sea off its east coast on Monday, South Korea's Joint Chiefs of Staff said.")]
    [InlineData("North Korea launched several cruise missiles over the Yellow Sea, Seoul said, a day after Kim Jong Un inspected a munitions factory.")]
    [InlineData("A North Korean soldier defected across the DMZ on Saturday, South Korea's military said, the second defector this year.")]
    [InlineData("Kimberly Tennis scored 300 points as the Seoul club beat Busan; fans said casualties of the season included two injured players.")]
    public void Analyze_OffTopicArticleWithSharedWords_RaisesNoAlert(string text)
    {
        Assert.Empty(Topics(text));
    }

    [Fact]
    public void Analyze_AnotherSidesPersonnelHelpingTheNorth_IsNoDeployment()
    {
        const string text =
            "North Korea is preparing to launch another reconnaissance satellite from Sohae, South Korea's spy agency said. " +
            "Russian engineers have been helping to upgrade the launch pad for Pyongyang's rocket.";
        Assert.Equal(["icbm-satellite"], Topics(text));
    }

    [Fact]
    public void Analyze_NorthKoreanTroopsBesideAnotherSidesTroops_IsStillADeployment()
    {
        const string text =
            "North Korean soldiers fought alongside Russian troops in Kursk, Ukraine's military said. " +
            "Pyongyang has deployed about 11,000 troops to Russia.";
        Assert.Contains("troop-deployment", Topics(text));
    }

    [Fact]
    public void Analyze_UkrainianLossesMentioningNorthKoreaOnce_DoesNotFireCasualties()
    {
        const string text =
            "Ukraine said 200 of its soldiers were killed in fighting near Pokrovsk this week. " +
            "The general staff said Russian artillery caused most casualties. " +
            "Officials added that the front was stable. " +
            "Separately, analysts noted North Korea's growing ties with Moscow.";
        Assert.DoesNotContain("casualties", Topics(text));
    }
}
