using System.CommandLine;
using DeploymentWatch.Cli;
using DeploymentWatch.Configuration;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Scan;

/// <summary>
/// The native executable's command line: `deploymentwatch-scan SOURCES… [--config DIR] [--output json]` is
/// `deploymentwatch scan SOURCES…`, with the same settings, validation, output and exit codes.
/// </summary>
internal static class NativeScan
{
    /// <summary>Exit code after SIGINT or SIGTERM stopped the scan (128 + SIGINT, as shells report Ctrl+C).</summary>
    private const int Interrupted = 130;

    public static async Task<int> RunAsync(string[] args)
    {
        var global = new GlobalOptions();
        var root = new RootCommand($"DeploymentWatch scan, native build: {ScanCommand.Description}") { global.Config, global.Data };
        ScanCommand.Configure(root, global);
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("stopped: interrupted before the scan finished; it stores nothing, so nothing is half-written.");
            return Interrupted;
        }
        catch (Exception ex) when (ex is ConfigFileException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.GetType().Name}: {ex.Message}");
            return 3;
        }
    }
}
