using System.CommandLine;
using DeploymentWatch.Cli;

namespace DeploymentWatch.Scan;

/// <summary>
/// The native executable's command line: `deploymentwatch-scan SOURCES… [--config DIR] [--output json]` is
/// `deploymentwatch scan SOURCES…`, with the same settings, validation, output and exit codes.
/// </summary>
internal static class NativeScan
{
    public static Task<int> RunAsync(string[] args)
    {
        var global = new GlobalOptions();
        var root = new RootCommand($"DeploymentWatch scan, native build: {ScanCommand.Description}") { global.Config, global.Data };
        ScanCommand.Configure(root, global);
        return CommandInvocation.InvokeAsync(root.Parse(args));
    }
}
