using DeploymentWatch.Configuration;
using DeploymentWatch.TestKit.Feeds;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Configuration;

public class ProfilesFileLoaderTests
{
    private const string Valid = """
        topics:
          - id: casualties
            description: NK soldiers killed
            threshold: 1
            entities:
              - name: North Korean soldiers
                aliases: [North Korean soldiers]
            triggers: [killed]
        """;

    [Fact]
    public void Load_ShippedProfiles_HasTheThreeTopicsAndTheSources()
    {
        var profiles = ProfilesFileLoader.Load(Path.Combine(RepositoryPaths.Config, "profiles.yaml"));
        Assert.Equal(["troop-deployment", "casualties", "icbm-satellite"], profiles.Topics.Select(t => t.Id));
        Assert.All(profiles.Topics, t => Assert.NotEmpty(t.Triggers));
        Assert.Contains(profiles.Sources, s => s.Id == "kr-nis" && s.Aliases.Contains("spy agency"));
        Assert.Contains(profiles.Topics.SelectMany(t => t.Entities).SelectMany(e => e.Aliases), a => a == "Kim Jong-un");
    }

    [Fact]
    public void Load_ValidMinimalFile_UsesDefaults()
    {
        using var folder = new TemporaryFolder();
        var profiles = ProfilesFileLoader.Load(folder.Write("profiles.yaml", Valid));
        var topic = Assert.Single(profiles.Topics);
        Assert.Equal(1, topic.Window);
        Assert.Empty(topic.Context);
    }

    [Theory]
    [InlineData("    treshold: 1\n", "unknown key 'treshold'", 9)]
    [InlineData("    threshold: 0\n", "threshold must be between 1 and 100", 4)]
    [InlineData("    threshold: lots\n", "'threshold' must be a number", 4)]
    [InlineData("    colour: red\n", "must look like \"#RRGGBB\"", 9)]
    [InlineData("    one-event-hours: 0\n", "one-event-hours must be more than 0 and at most 48", 9)]
    [InlineData("    one-event-hours: 72\n", "one-event-hours must be more than 0 and at most 48", 9)]
    public void Load_BadTopicKey_StopsWithFileAndLine(string change, string message, int line)
    {
        using var folder = new TemporaryFolder();
        var text = change.Contains("threshold:", StringComparison.Ordinal)
            ? Valid.Replace("    threshold: 1\n", change, StringComparison.Ordinal)
            : Valid + "\n" + change;
        var path = folder.Write("profiles.yaml", text);
        var error = Assert.Throws<ConfigFileException>(() => ProfilesFileLoader.Load(path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OneEventHours_IsTheTopicsOneEventWindow()
    {
        using var folder = new TemporaryFolder();
        var topic = Assert.Single(ProfilesFileLoader.Load(folder.Write("profiles.yaml", Valid + "\n    one-event-hours: 12\n")).Topics);

        Assert.Equal(TimeSpan.FromHours(12), topic.OneEventWithin);
        Assert.Null(Assert.Single(ProfilesFileLoader.Load(folder.Write("profiles.yaml", Valid)).Topics).OneEventWithin);
    }

    [Fact]
    public void Load_TopicWithoutTriggers_IsAnEmptyTopicError()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("profiles.yaml", Valid.Replace("    triggers: [killed]", "    triggers: []", StringComparison.Ordinal));
        var error = Assert.Throws<ConfigFileException>(() => ProfilesFileLoader.Load(path));
        Assert.Contains("'triggers' must list at least one entry", error.Message, StringComparison.Ordinal);
        Assert.Contains(":8:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("topics: []\n", "'topics' must be a non-empty list")]
    [InlineData("topic:\n  - id: x\n", "unknown key 'topic'")]
    [InlineData("topics:\n  - id: Bad Id\n", "must be lower-case")]
    [InlineData("topics: [\n", "")]
    public void Load_BrokenFile_StopsWithAClearMessage(string text, string message)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("profiles.yaml", text);
        var error = Assert.Throws<ConfigFileException>(() => ProfilesFileLoader.Load(path));
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateTopicIds_AreRefused()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("profiles.yaml", Valid + "\n" + Valid.Replace("topics:\n", string.Empty, StringComparison.Ordinal));
        Assert.Contains("defined twice", Assert.Throws<ConfigFileException>(() => ProfilesFileLoader.Load(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        Assert.Contains("file not found", Assert.Throws<ConfigFileException>(() => ProfilesFileLoader.Load("/nonexistent/profiles.yaml")).Message, StringComparison.Ordinal);
    }
}
