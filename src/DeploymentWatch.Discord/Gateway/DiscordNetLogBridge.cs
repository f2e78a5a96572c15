using System.Text.RegularExpressions;
using Discord;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Discord.Gateway;

/// <summary>
/// Discord.Net's log, at Info or above, into ours, redacted: at Verbose it prints interaction tokens, and an
/// exception message may carry a route with one. The bot token and anything shaped like an interaction or webhook
/// token are replaced before a line is written.
/// </summary>
internal sealed partial class DiscordNetLogBridge(ILogger logger, string? botToken)
{
    public const LogSeverity MinimumSeverity = LogSeverity.Info;

    public Task LogAsync(LogMessage message)
    {
        var level = message.Severity switch
        {
            LogSeverity.Critical => LogLevel.Critical,
            LogSeverity.Error => LogLevel.Error,
            LogSeverity.Warning => LogLevel.Warning,
            LogSeverity.Info => LogLevel.Information,
            _ => LogLevel.None,
        };
        if (level == LogLevel.None || !logger.IsEnabled(level))
        {
            return Task.CompletedTask;
        }

        var text = Redact(message.Message);
        if (message.Exception is { } exception)
        {
            // Type and message only: a stack trace says nothing secret, but the exception's own text might.
            text = $"{text} ({Describe(exception)})";
        }

        logger.Log(level, "Discord.Net {Source}: {Message}", message.Source, text);
        return Task.CompletedTask;
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!string.IsNullOrEmpty(botToken))
        {
            text = text.Replace(botToken, "[token]", StringComparison.Ordinal);
        }

        text = TokenRoute().Replace(text, "$1/[token]");
        return InteractionToken().Replace(text, "[token]");
    }

    private string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null && parts.Count < 3; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {Redact(e.Message)}");
        }

        return string.Join(" ← ", parts);
    }

    // interactions/{id}/{token} and webhooks/{id}/{token}: the segment after the id is the secret.
    [GeneratedRegex(@"((?:interactions|webhooks)/\d+)/[^/\s?""']+")]
    private static partial Regex TokenRoute();

    // Interaction tokens are base64 of "interaction:…", so they begin "aW50ZXJhY3Rpb246".
    [GeneratedRegex(@"aW50ZXJhY3Rpb246[A-Za-z0-9+/=_\-.]*")]
    private static partial Regex InteractionToken();
}
