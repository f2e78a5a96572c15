using DeploymentWatch.Configuration;
using DeploymentWatch.TestKit.Feeds;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Configuration;

public class FeedsFileLoaderTests
{
    [Fact]
    public void Load_ShippedFeeds_ResolveSeedsAndKeepRealFeeds()
    {
        var file = FeedsFileLoader.Load(Path.Combine(RepositoryPaths.Config, "feeds.yaml"));
        var seeds = Assert.Single(file.Feeds, f => f.Id == "seeds");
        Assert.Equal(RepositoryPaths.Seeds, seeds.Source);
        Assert.Null(seeds.MaxAge);
        Assert.Contains(file.Feeds, f => f.IsRemote && f.MaxAge == TimeSpan.FromHours(48));
        Assert.Equal(TimeSpan.FromMinutes(15), file.DefaultInterval);
    }

    [Fact]
    public void Load_PerFeedSettings_OverrideDefaults()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "config"));
        var path = Path.Combine(folder.Path, "config", "feeds.yaml");
        File.WriteAllText(path, """
            defaults:
              interval: 10m
              max_age: 24h
            feeds:
              - id: a
                source: https://example.com/rss
                interval: 2h
                max_age: off
                outlet: Example
              - id: b
                source: local/feed.xml
            """);
        var file = FeedsFileLoader.Load(path);
        Assert.Equal((TimeSpan.FromHours(2), (TimeSpan?)null, "Example"), (file.Feeds[0].Interval!.Value, file.Feeds[0].MaxAge, file.Feeds[0].Outlet));
        Assert.Equal(TimeSpan.FromMinutes(10), file.Feeds[1].Interval);
        Assert.Equal(TimeSpan.FromHours(24), file.Feeds[1].MaxAge);
        Assert.Equal(Path.Combine(folder.Path, "local", "feed.xml"), file.Feeds[1].Source);
    }

    [Theory]
    [InlineData("  - id: a\n    source: https://x.test/rss\n    interval: 10s\n", "at least 1m")]
    [InlineData("  - id: a\n    source: https://x.test/rss\n    max_age: forever\n", "max_age 'forever'")]
    [InlineData("  - id: a\n    source: ftp://x.test/rss\n", "only http and https")]
    [InlineData("  - id: a\n    url: https://x.test/rss\n", "unknown key 'url'")]
    [InlineData("  - id: a\n    source: https://x.test/a\n  - id: a\n    source: https://x.test/b\n", "used twice")]
    [InlineData("  - id: A B\n    source: https://x.test/a\n", "must be lower-case")]
    [InlineData("  - source: https://x.test/a\n", "'id' is required")]
    public void Load_BadFeed_StopsWithFileAndLine(string feeds, string message)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("feeds.yaml", "feeds:\n" + feeds);
        var error = Assert.Throws<ConfigFileException>(() => FeedsFileLoader.Load(path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:[0-9]+: ", error.Message);
    }

    [Theory]
    [InlineData("feeds:\n  - id: a\n    source: [https://x.test/rss\n", 3)]
    [InlineData("feeds:\n  - id: a\n    source: [https://x.test/rss", 3)]
    [InlineData("feeds:\n  - {id: a, source: https://x.test/rss\n\n\n", 2)]
    [InlineData("feeds: [[[[\n", 1)]
    [InlineData("feeds:\n  - id: a\n    source: \"https://x.test/rss\n", 3)]
    [InlineData("feeds:\n  - id: a\n   source: b\n", 3)]
    [InlineData("feeds: *nowhere\n", 1)]
    public void Load_UnreadableYaml_StopsWithTheLineOfTheMistake(string text, int line)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("feeds.yaml", text);

        var error = Assert.Throws<ConfigFileException>(() => FeedsFileLoader.Load(path));

        Assert.StartsWith($"{path}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }
}
