using System.CommandLine;

namespace DeploymentWatch.Cli;

/// <summary>The command line: each command builds the services it needs through the one AddDeploymentWatch().</summary>
internal static class CliApplication
{
    public static RootCommand Build()
    {
        var global = new GlobalOptions();
        var root = new RootCommand("DeploymentWatch: alerts on North Korean troop deployments to Russia, their casualties, and ICBM or spy-satellite launches")
        {
            global.Config,
            global.Data,
        };
        root.Subcommands.Add(RunCommand.Create(global));
        root.Subcommands.Add(ScanCommand.Create(global));
        root.Subcommands.Add(CommandCommand.Create(global));
        root.Subcommands.Add(ExplainCommand.Create(global));
        root.Subcommands.Add(EvalCommand.Create(global));
        root.Subcommands.Add(DiscordCommand.Create(global));
        return root;
    }

    public static Task<int> RunAsync(string[] args) => CommandInvocation.InvokeAsync(Build().Parse(args));
}
