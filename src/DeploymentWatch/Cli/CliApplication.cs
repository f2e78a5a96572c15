using System.CommandLine;
using DeploymentWatch.Configuration;
using Microsoft.Extensions.Options;

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

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await Build().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is ConfigFileException or OptionsValidationException)
        {
            // Bad configuration stops start-up with a message, never a stack trace.
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            // The data folder or the database cannot be used (unwritable path, locked or unreachable server): say
            // which, in one line; nothing was taken in, so nothing is lost.
            await Console.Error.WriteLineAsync($"error: {ex.GetType().Name}: {ex.Message}");
            return 3;
        }
    }
}
