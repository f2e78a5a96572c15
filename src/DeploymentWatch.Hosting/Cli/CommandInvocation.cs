using System.CommandLine;
using DeploymentWatch.Configuration;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Cli;

/// <summary>
/// Runs a parsed command line as both executables do: bad configuration, an unusable data folder or database and an
/// interruption each end in one line on standard error and their exit code, never a stack trace.
/// </summary>
internal static class CommandInvocation
{
    /// <summary>Exit code after SIGINT or SIGTERM stopped a command (128 + SIGINT, as shells report Ctrl+C).</summary>
    public const int Interrupted = 130;

    public static async Task<int> InvokeAsync(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            // SIGTERM or Ctrl+C: System.CommandLine cancelled the command's token. Every write is one transaction and an
            // item is marked seen only after its alert is stored, so what was cut short is simply done again next run.
            await Console.Error.WriteLineAsync("stopped: interrupted before the command finished; nothing half-written, the next run picks up from here.");
            return Interrupted;
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
