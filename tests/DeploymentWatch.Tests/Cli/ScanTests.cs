using System.Text;
using DeploymentWatch.TestKit.Feeds;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Cli;

/// <summary>
/// `scan` builds its services by hand for folders and files, and the reading container only for feeds: each path
/// reads the same settings, logs the same warnings and gives the same alerts.
/// </summary>
public sealed class ScanTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>d</description>
        <item><title>North Korean troops deployed to Kursk, Seoul says</title><link>https://wire.example/a</link>
        <guid>a</guid><pubDate>Fri, 24 Jan 2025 08:00:00 GMT</pubDate>
        <description>North Korea has sent about 12,000 troops to Russia, South Korea's spy agency said on Friday.</description></item>
        </channel></rss>
        """;

    private readonly CliProcess cli = new();
    private readonly TemporaryFolder articles = new();

    public void Dispose()
    {
        cli.Dispose();
        articles.Dispose();
    }

    [Fact]
    public async Task Scan_FolderOverTheFeedsSizeSetting_FailsAsTheServiceWould()
    {
        using var process = CliProcess.Start(
            ["scan", RepositoryPaths.Seeds, "--config", cli.ConfigDirectory, "--data", cli.DataDirectory], out _, new Dictionary<string, string?> { ["Feeds__MaxBytes"] = "1000" });
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("folder larger than", await stderr, StringComparison.Ordinal);
        Assert.Empty(await stdout);
    }

    [Fact]
    public async Task Scan_ArticleWithAnUnreadableDate_PrintsItsAlertAndTheWarning()
    {
        articles.Write("a.txt", "published: last tuesday\n---\nNorth Korea has sent about 12,000 troops to Russia, South Korea's spy agency said on Friday.\n");

        var scan = await cli.RunAsync("scan", articles.Path, "--output", "json");

        Assert.Equal(0, scan.ExitCode);
        Assert.Single(scan.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("warning: ", scan.Error, StringComparison.Ordinal);
        Assert.Contains("published \"last tuesday\" is not a date", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_FeedFileAndFeedUrl_GiveTheSameAlert()
    {
        var file = Path.Combine(articles.Path, "feed.xml");
        await File.WriteAllTextAsync(file, Rss);
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Serve("/feed.xml", new LoopbackFeedResponse { Body = Encoding.UTF8.GetBytes(Rss) });

        var fromFile = await cli.RunAsync("scan", file, "--output", "json");
        var fromUrl = await cli.RunAsync("scan", server.Url("/feed.xml").AbsoluteUri, "--output", "json");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(0, fromUrl.ExitCode);
        var alert = Assert.Single(fromFile.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"troop-deployment\"", alert, StringComparison.Ordinal);
        Assert.Single(fromUrl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Single(server.RequestsTo("/feed.xml"));
    }

    [Fact]
    public async Task Scan_FolderWhoseLastFileCannotBeRead_PrintsNothingOfItAndScansTheNextSource()
    {
        // More files than one run of a folder scan reads, so the failure comes after runs that raised alerts.
        for (var i = 0; i < 150; i++)
        {
            articles.Write($"{i:D3}.txt", $"North Korea has sent about {i + 1},000 more troops to Russia, South Korea's spy agency told lawmakers on Friday.\n");
        }

        File.CreateSymbolicLink(Path.Combine(articles.Path, "zzz.txt"), Path.Combine(articles.Path, "no-such-target"));
        using var other = new TemporaryFolder();
        other.Write("a.txt", "Pyongyang is preparing to launch another reconnaissance satellite from its Sohae station, Seoul's military said.\n");

        var scan = await cli.RunAsync("scan", articles.Path, other.Path, "--output", "json");

        Assert.Equal(0, scan.ExitCode);
        var alert = Assert.Single(scan.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"icbm-satellite\"", alert, StringComparison.Ordinal);
        Assert.Contains($"error: {articles.Path}: cannot read {articles.Path}: ", scan.Error, StringComparison.Ordinal);
        Assert.Contains("zzz.txt", scan.Error, StringComparison.Ordinal);
        Assert.Contains("scan: 1 items read, 1 alerts, 1 sources failed.", scan.Error, StringComparison.Ordinal);
    }
}
