using System.Text.Json;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Cli;

public class EvalTests
{
    [Fact]
    public async Task Eval_SeedsAsJson_ScoresTopicsFiguresAndStories()
    {
        using var cli = new CliProcess();
        var eval = await cli.RunAsync("eval", RepositoryPaths.Seeds, "--json");
        Assert.Equal(0, eval.ExitCode);
        using var report = JsonDocument.Parse(eval.Out);
        var root = report.RootElement;
        Assert.Equal(1.0, root.GetProperty("topics").GetProperty("micro").GetProperty("f1").GetDouble());
        Assert.True(root.GetProperty("figures").GetProperty("f1").GetDouble() >= 0.95);
        Assert.True(root.GetProperty("figures").GetProperty("valueOnly").GetProperty("f1").GetDouble() >= 0.95);
        Assert.Equal(1.0, root.GetProperty("stories").GetProperty("precision").GetDouble());
        Assert.Equal(1.0, root.GetProperty("stories").GetProperty("recall").GetDouble());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("errors").ValueKind);
    }

    [Fact]
    public async Task Eval_MinMet_ExitsZero()
    {
        using var cli = new CliProcess();
        var eval = await cli.RunAsync("eval", RepositoryPaths.Seeds, "--min", "topics=1.0,figures=0.95,stories=1.0");
        Assert.Equal(0, eval.ExitCode);
        Assert.DoesNotContain("below the floor", eval.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_ScoreBelowMin_ExitsOneNamingTheScore()
    {
        using var cli = new CliProcess();
        var corpus = Directory.CreateTempSubdirectory("dw-eval-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(corpus.FullName, "a.txt"), "North Korea test-fired an ICBM on Friday, Seoul said.\n");
            await File.WriteAllTextAsync(
                Path.Combine(corpus.FullName, "gold.yaml"), "articles:\n  - file: a.txt\n    topics: [casualties]\n    figures: []\n");

            var eval = await cli.RunAsync("eval", corpus.FullName, "--min", "topics=0.5");
            var bad = await cli.RunAsync("eval", corpus.FullName, "--min", "topics=2");

            Assert.Equal(1, eval.ExitCode);
            Assert.Contains("below the floor: topics 0.000 < 0.500", eval.Error, StringComparison.Ordinal);
            Assert.Equal(1, bad.ExitCode);
            Assert.Contains("error: --min: 'topics=2'", bad.Error, StringComparison.Ordinal);
        }
        finally
        {
            corpus.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Eval_FolderWithoutGold_FailsWithAClearMessage()
    {
        using var cli = new CliProcess();
        var eval = await cli.RunAsync("eval", cli.ConfigDirectory);
        Assert.Equal(2, eval.ExitCode);
        Assert.Contains("gold.yaml: file not found", eval.Error, StringComparison.Ordinal);
    }
}
