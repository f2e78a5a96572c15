using System.Diagnostics;
using System.Text;
using DeploymentWatch.TestKit.Feeds;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Cli;

/// <summary>The real executable against broken configuration, hostile feed text and a SIGTERM mid-run.</summary>
public class HostileCliTests
{
    [Fact]
    public async Task RunOnce_FeedsYamlWithUnclosedBracket_ExitsTwoWithFileAndLine()
    {
        using var cli = new CliProcess();
        var path = Path.Combine(cli.ConfigDirectory, "feeds.yaml");
        await File.WriteAllTextAsync(path, "feeds:\n  - id: a\n    source: [https://example.com/rss\n");

        var run = await cli.RunAsync("run", "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {path}:3: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Feeds__Timeout", "00:00:00", "error: Feeds:Timeout must be more than 0")]
    [InlineData("Stories__NearDuplicate", "5", "Stories:NearDuplicate must be between 0.05 and 1.")]
    public async Task Scan_BadSettingItReads_ExitsTwoWithTheSetting(string key, string value, string expected)
    {
        // scan starts without the service's host, but checks the settings it reads exactly as the service does.
        using var cli = new CliProcess();
        using var process = CliProcess.Start(
            ["scan", RepositoryPaths.Seeds, "--config", cli.ConfigDirectory, "--data", cli.DataDirectory], out _, new Dictionary<string, string?> { [key] = value });
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(expected, await stderr, StringComparison.Ordinal);
        Assert.Empty(await stdout);
    }

    [Fact]
    public async Task Command_MuteForAnOverflowingDuration_AnswersWithTheLongestMute()
    {
        using var cli = new CliProcess();

        var reply = await cli.RunAsync("command", "mute all 99999999d");

        Assert.Equal(1, reply.ExitCode);
        Assert.Contains("mutes last at most 366 days", reply.Error + reply.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", reply.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_FeedTitleWithEscapeSequences_ReachesTheTerminalWithoutThem()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        const string rss = """
            <rss version="2.0"><channel><title>Desk &#27;[2J&#27;]0;pwned&#7;</title>
            <item><guid>e1</guid><title>North Korean troops &#27;[31mdeployed&#27;[0m to Russia</title>
            <description>North Korea has deployed about 11,000 troops to Russia, Kyiv said. The soldiers are fighting in Kursk.</description>
            </item></channel></rss>
            """;
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(rss));
        server.Serve("/broken.xml", new LoopbackFeedResponse { Body = Encoding.UTF8.GetBytes("<rss>\u001b[2J"), ContentType = "text/xml" });
        using var cli = new CliProcess();
        await File.WriteAllTextAsync(Path.Combine(cli.ConfigDirectory, "feeds.yaml"), $"""
            feeds:
              - id: escapes
                source: {server.Url("/feed.xml")}
                max_age: off
              - id: broken
                source: {server.Url("/broken.xml")}
            """);

        var run = await cli.RunAsync("run", "--once");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("North Korean troops [31mdeployed[0m to Russia", run.Out, StringComparison.Ordinal);
        Assert.Contains("Feed broken failed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Out + run.Error, c => char.IsControl(c) && c is not ('\n' or '\r'));
    }

    [Fact]
    public async Task RunOnce_SigtermWhileAFeedIsLoading_StopsCleanlyAndTheNextRunLosesNothing()
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        const string empty = "<rss version=\"2.0\"><channel><title>Slow</title></channel></rss>";
        server.Serve("/slow.xml", LoopbackFeedResponse.Feed(empty) with { Delay = TimeSpan.FromMinutes(5) });
        using var cli = new CliProcess();
        await File.WriteAllTextAsync(Path.Combine(cli.ConfigDirectory, "feeds.yaml"), $"""
            feeds:
              - id: seeds
                source: {RepositoryPaths.Seeds}
                outlet: Seed articles
              - id: slow
                source: {server.Url("/slow.xml")}
            """);
        using var process = CliProcess.Start(["run", "--once", "--config", cli.ConfigDirectory, "--data", cli.DataDirectory], out _);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        await server.FirstRequestTo("/slow.xml");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        Assert.Equal(130, process.ExitCode);
        var error = await stderr;
        Assert.Contains("stopped: interrupted before the command finished", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("■", await stdout, StringComparison.Ordinal);

        // What the first run stored is delivered now, and nothing twice: the same alerts and edits as a clean run.
        server.Serve("/slow.xml", LoopbackFeedResponse.Feed(empty));
        var next = await cli.RunAsync("run", "--once");
        Assert.Equal(0, next.ExitCode);
        var lines = next.Out.Split('\n');
        Assert.Equal(3, lines.Count(l => l.StartsWith("■ ", StringComparison.Ordinal) && !l.StartsWith("■ (update)", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.StartsWith("■ (update) ", StringComparison.Ordinal)));
    }
}
