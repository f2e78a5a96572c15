using System.Text.Json;

namespace DeploymentWatch.Tests.Cli;

public class RunOnceTests
{
    [Fact]
    public async Task RunOnce_Seeds_PrintsSummarizedAlertsAndNothingTwice()
    {
        using var cli = new CliProcess();
        var first = await cli.RunAsync("run", "--once");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("run --once: 2 feeds polled, 1 failed, 5 new items, 5 alerts in 3 stories", first.Out, StringComparison.Ordinal);
        Assert.Equal(3, first.Out.Split('\n').Count(l => l.StartsWith("■ ", StringComparison.Ordinal) && !l.StartsWith("■ (update)", StringComparison.Ordinal)));
        Assert.Equal(2, first.Out.Split('\n').Count(l => l.StartsWith("■ (update) ", StringComparison.Ordinal)));
        Assert.Contains("Also reported by", first.Out, StringComparison.Ordinal);
        Assert.Contains("Topics: troop-deployment, casualties, icbm-satellite", first.Out, StringComparison.Ordinal);
        Assert.Contains("Why: ", first.Out, StringComparison.Ordinal);
        Assert.Contains("NIS: about 300 killed", first.Out, StringComparison.Ordinal);

        // The dead feed fails with one clear line, not a stack trace.
        var failure = Assert.Single(first.Error.Split('\n'), l => l.Contains("Feed dead failed", StringComparison.Ordinal));
        Assert.Contains("connection refused", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", first.Error, StringComparison.Ordinal);

        var second = await cli.RunAsync("run", "--once");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new items, 0 alerts in 0 stories, 0 messages delivered", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("■", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_OutputJson_PrintsOneObjectPerAlert()
    {
        using var cli = new CliProcess();
        var run = await cli.RunAsync("run", "--once", "--output", "json");
        Assert.Equal(0, run.ExitCode);
        var alerts = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(5, alerts.Length);
        Assert.All(alerts, a =>
        {
            Assert.False(string.IsNullOrEmpty(a.GetProperty("title").GetString()));
            Assert.NotEqual(0, a.GetProperty("topics").GetArrayLength());
            Assert.False(string.IsNullOrEmpty(a.GetProperty("summary").GetString()));
            Assert.NotEqual(0, a.GetProperty("matchedTerms").GetArrayLength());
            Assert.StartsWith("20", a.GetProperty("published").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(3, alerts.Select(a => a.GetProperty("story").GetString()).Distinct().Count());
        Assert.All(alerts, a => Assert.Contains(a.GetProperty("story").GetString(), alerts.Select(x => x.GetProperty("id").GetString())));
        Assert.Contains("run --once:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_OutputJson_GroupsTheSeedsIntoTheirThreeStories()
    {
        using var cli = new CliProcess();
        var scan = await cli.RunAsync("scan", TestKit.Repository.RepositoryPaths.Seeds, "--output", "json");

        Assert.Equal(0, scan.ExitCode);
        var alerts = scan.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(5, alerts.Length);
        var stories = alerts.GroupBy(a => a.GetProperty("story").GetString()).Select(g => g.Count()).Order().ToArray();
        Assert.Equal([1, 1, 3], stories);
    }

    [Fact]
    public async Task Scan_Seeds_PrintsTheAlertsAndStoresNothing()
    {
        using var cli = new CliProcess();
        var scan = await cli.RunAsync("scan", Path.Combine(TestKit.Repository.RepositoryPaths.Seeds));
        Assert.Equal(0, scan.ExitCode);
        Assert.Equal(5, scan.Out.Split('\n').Count(l => l.StartsWith("■ ", StringComparison.Ordinal)));
        Assert.Contains("scan: 5 items read, 5 alerts, 0 sources failed.", scan.Error, StringComparison.Ordinal);

        var run = await cli.RunAsync("run", "--once");
        Assert.Contains("5 new items, 5 alerts", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_MissingPath_FailsWithAClearMessage()
    {
        using var cli = new CliProcess();
        var scan = await cli.RunAsync("scan", "/nonexistent/feed.xml");
        Assert.Equal(1, scan.ExitCode);
        Assert.Contains("error: /nonexistent/feed.xml: no such file or folder", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_FiguresCasualtiesAfterRunOnce_GivesEverySourcesLatestFigure()
    {
        using var cli = new CliProcess();
        await cli.RunAsync("run", "--once");
        var figures = await cli.RunAsync("command", "figures casualties");
        Assert.Equal(0, figures.ExitCode);
        Assert.Contains("JCS: about 1,100 casualties", figures.Out, StringComparison.Ordinal);
        Assert.Contains("about 300 killed", figures.Out, StringComparison.Ordinal);
        Assert.Contains("2,700 wounded", figures.Out, StringComparison.Ordinal);
        Assert.Contains("US: about 1,200 casualties", figures.Out, StringComparison.Ordinal);
        Assert.Contains("Kyiv: more than 3,000 casualties (killed and wounded) (24 Jan 2025", figures.Out, StringComparison.Ordinal);
        Assert.Contains("about 4,000 casualties (killed and wounded) — Zelensky (24 Jan 2025", figures.Out, StringComparison.Ordinal);
        Assert.Contains("Sources disagree: estimates range from 1,100 (JCS) to 4,000 (Zelensky).", figures.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_Unknown_ExitsNonZeroWithTheError()
    {
        using var cli = new CliProcess();
        var reply = await cli.RunAsync("command", "subscrbe casualties");
        Assert.Equal(1, reply.ExitCode);
        Assert.Contains("Did you mean `subscribe`?", reply.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_Seed_ShowsScoresTermsAndFigures()
    {
        using var cli = new CliProcess();
        var explain = await cli.RunAsync("explain", Path.Combine(TestKit.Repository.RepositoryPaths.Seeds, "000_e34054a2cc8f99e7.txt"));
        Assert.Equal(0, explain.ExitCode);
        Assert.Matches(@"casualties +[0-9]+ / threshold 1 +MATCH", explain.Out);
        Assert.Matches(@"icbm-satellite +0 / threshold 1 +no match", explain.Out);
        Assert.Contains("casualties: about 1,100 (about) — JCS [kr-jcs]", explain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_UnreachablePostgres_FailsWithOneLineAndNoSecret()
    {
        using var cli = new CliProcess();
        using var process = CliProcess.Start(
            ["run", "--once", "--config", cli.ConfigDirectory, "--data", cli.DataDirectory],
            out _,
            new Dictionary<string, string?>
            {
                ["Storage__Provider"] = "postgres",
                ["DEPLOYMENTWATCH_POSTGRES"] = $"Host=127.0.0.1;Port={TestKit.Feeds.UnusedLoopbackPort.Find()};Username=dw;Password=hunter2-secret;Database=dw",
            });
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(3, process.ExitCode);
        Assert.StartsWith("error: NpgsqlException: Failed to connect to 127.0.0.1:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_DataFolderThatCannotBeCreated_FailsWithOneLine()
    {
        using var cli = new CliProcess();
        var blocker = Path.Combine(cli.Root, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        using var process = CliProcess.Start(["run", "--once", "--config", cli.ConfigDirectory, "--data", Path.Combine(blocker, "data")], out _);
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(3, process.ExitCode);
        Assert.Matches("^error: [A-Za-z]*Exception: .*a-file", stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadProfiles_StopStartupWithFileAndLine()
    {
        using var cli = new CliProcess();
        var path = Path.Combine(cli.ConfigDirectory, "profiles.yaml");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("threshold: 2", "threshold: -1", StringComparison.Ordinal));
        var run = await cli.RunAsync("run", "--once");
        Assert.Equal(2, run.ExitCode);
        Assert.Matches($"error: {System.Text.RegularExpressions.Regex.Escape(path)}:[0-9]+: topic 'troop-deployment': threshold must be between 1 and 100", run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
