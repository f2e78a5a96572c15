using DeploymentWatch.Domain.Articles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace DeploymentWatch.Cli;

/// <summary>
/// One line per log entry, "warning: Feed x failed: timed out", with the exception's message but no stack trace and
/// no control characters.
/// </summary>
internal sealed class CliLogFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "deploymentwatch";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var level = logEntry.LogLevel switch
        {
            LogLevel.Critical => "critical",
            LogLevel.Error => "error",
            LogLevel.Warning => "warning",
            LogLevel.Information => "info",
            _ => "debug",
        };
        var exception = logEntry.Exception is null ? string.Empty : $" ({logEntry.Exception.GetType().Name}: {logEntry.Exception.Message})";
        // Messages carry text from outside (feed titles, server reason phrases): no control sequence reaches the terminal.
        textWriter.WriteLine(TextNormalizer.RemoveControlCharacters($"{level}: {message}{exception}".ReplaceLineEndings(" ")));
    }
}
