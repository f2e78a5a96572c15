using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Profiles;

/// <summary>
/// Hard negatives for the shipped config/profiles.yaml, written for these tests: another country's launch or troops,
/// a flat negation, a hypothetical. Each has a near twin that must still raise its alert.
/// </summary>
public class ShippedProfilesNegativesTests
{
    private static readonly ArticleAnalyzer Analyzer = new(ProfilesFileLoader.Load(Path.Combine(RepositoryPaths.Config, "profiles.yaml")));

    private static string[] Topics(string text) =>
        Analyzer.Analyze(new Article("t", "t", "t", text, null, null, null)).MatchedTopics.Select(t => t.TopicId).ToArray();

    [Theory]
    [InlineData("China launches spy satellite as North Korea watches. The rocket lifted off from Jiuquan on Sunday.")]
    [InlineData("South Korea launched its third military spy satellite on Monday; North Korea condemned the launch.")]
    [InlineData("Japan's reconnaissance satellite passed over Pyongyang on its first orbit after the launch.")]
    [InlineData("Washington carried out a US ICBM test on Tuesday, weeks after North Korea's military parade.")]
    [InlineData("Russia test-fired an intercontinental ballistic missile on Friday as North Korea's Kim looked on.")]
    [InlineData("In 1950 Chinese troops crossed into North Korea. Chinese soldiers fought there until the 1953 armistice, while Russia sent pilots.")]
    [InlineData("Kursk battle ends as Russia claims victory. North Korean units were not involved in the fighting in Kursk, Moscow said.")]
    [InlineData("No North Korean troops have been deployed to Russia, officials said. North Korea sent envoys to Moscow.")]
    [InlineData("If North Korea were to send troops to Russia, Seoul would respond, the minister said. He spoke in Busan.")]
    [InlineData("No North Korean soldiers were killed in the Ukrainian drone strike on Kursk, Russia's defence ministry said.")]
    [InlineData("Belarus deployed troops to its border with Ukraine on Monday, while North Korea sent envoys to Moscow.")]
    [InlineData("North Korea staged a military parade showing new ICBMs. Soldiers marched past Kim Jong Un in Pyongyang as Russian guests watched.")]
    [InlineData("Chinese soldiers killed in the Korean War were honoured in Pyongyang. North Korea and China marked the war's anniversary.")]
    [InlineData("Two Russian soldiers were captured near Kursk, Ukraine said, as North Korea's envoy visited Moscow.")]
    [InlineData("Veterans gathered in Seoul to mark 76 years since North Korean troops crossed the 38th parallel in 1950, starting a war that killed millions.")]
    [InlineData("North Korea staged a night parade for the party anniversary. The parade featured new drones but no intercontinental ballistic missiles.")]
    [InlineData("Remains of soldiers returned home. South Korea, whose troops suffered about 137,000 deaths in the war, is searching near the border with North Korea.")]
    public void Analyze_HardNegative_RaisesNoAlert(string text)
    {
        Assert.Empty(Topics(text));
    }

    [Theory]
    [InlineData("North Korea rotated 2,500 fresh soldiers into Kursk to replace troops killed or wounded there, the Pentagon said.")]
    [InlineData("Some 11,000 North Korean soldiers remain in Russia's Kursk region, suggesting Pyongyang keeps replacing its losses.")]
    public void Analyze_TroopsSentToReplaceLosses_IsNoCasualtyReport(string text)
    {
        var topics = Topics(text);

        Assert.Contains("troop-deployment", topics);
        Assert.DoesNotContain("casualties", topics);
    }

    [Theory]
    [InlineData("North Korea launched a spy satellite on Tuesday, Japan said. The rocket lifted off from Sohae.", "icbm-satellite")]
    [InlineData("Japan said North Korea test-fired an ICBM, which flew for 70 minutes.", "icbm-satellite")]
    [InlineData("North Korea fired a missile on Tuesday, what Tokyo called a ballistic missile of ICBM class.", "icbm-satellite")]
    [InlineData("Pyongyang denied sending troops to Russia on Monday. North Korea's foreign ministry said reports of its soldiers in Kursk were false.", "troop-deployment")]
    [InlineData("US officials say North Korean troops have been deployed to Russia. The soldiers are fighting in Kursk.", "troop-deployment")]
    [InlineData("Hundreds of North Korean soldiers were killed in Kursk, Seoul said, though Russia said none were captured.", "casualties")]
    [InlineData("Western officials estimate North Korean troops in Russia number 11,000. The soldiers were deployed to Kursk.", "troop-deployment")]
    [InlineData("North Korea test-fired a new ICBM on Friday, days after showing it at a parade. The missile flew for 80 minutes.", "icbm-satellite")]
    [InlineData("Ukrainian forces killed dozens of North Korean soldiers in Kursk, Kyiv said.", "casualties")]
    [InlineData("Russian and North Korean soldiers were killed in a Ukrainian strike on Kursk, Kyiv said.", "casualties")]
    [InlineData("Russia has not disclosed casualties among North Korean troops fighting in Kursk.", "casualties")]
    [InlineData("North Korea has sent more troops to Russia than in any deployment since the Korean War, Seoul said. The soldiers are in Kursk.", "troop-deployment")]
    [InlineData("North Korea staged a night parade. Days later it test-fired intercontinental ballistic missiles that flew for 70 minutes.", "icbm-satellite")]
    [InlineData("The JCS said the North may fire a long-range ballistic missile as early as this week, pointing to activity around launch vehicles.", "icbm-satellite")]
    [InlineData("North Korea has told Japan's coast guard it will launch a satellite between Dec 12 and Dec 21, the coast guard said.", "icbm-satellite")]
    [InlineData("Residents of Okinawa were woken as a North Korean rocket carrying a satellite flew over the islands after its launch.", "icbm-satellite")]
    [InlineData("Tokyo lodged a protest after a North Korean intercontinental ballistic missile landed in the Sea of Japan.", "icbm-satellite")]
    [InlineData("US and South Korean officials confirmed a North Korean satellite in orbit, a day after the launch, but said it works poorly.", "icbm-satellite")]
    public void Analyze_NearTwinOfAHardNegative_StillRaisesItsAlert(string text, string topic)
    {
        Assert.Contains(topic, Topics(text));
    }
}
