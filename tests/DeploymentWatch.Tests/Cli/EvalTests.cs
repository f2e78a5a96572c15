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
    public async Task Eval_FolderWithoutGold_FailsWithAClearMessage()
    {
        using var cli = new CliProcess();
        var eval = await cli.RunAsync("eval", cli.ConfigDirectory);
        Assert.Equal(2, eval.ExitCode);
        Assert.Contains("gold.yaml: file not found", eval.Error, StringComparison.Ordinal);
    }
}
