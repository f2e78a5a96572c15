using System.Globalization;
using System.Text.Json;
using DeploymentWatch.Discord.Interactions.Payloads;
using DeploymentWatch.Domain.Commands;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// Turns "/deploymentwatch mute topic:casualties duration:6h" into the shared grammar's "mute casualties 6h":
/// arguments in the catalog's order, a true flag as "--chart", free text collapsed to single spaces so a value can
/// never smuggle a line break or a second command into the line.
/// </summary>
internal static class DiscordCommandLine
{
    public static string Build(CommandSpec command, IReadOnlyList<DiscordInteractionOption>? options)
    {
        var parts = new List<string> { command.Name };
        foreach (var argument in command.Arguments)
        {
            var option = options?.FirstOrDefault(o => string.Equals(o.Name, argument.Name, StringComparison.OrdinalIgnoreCase));
            if (option?.Value is { } value && Format(argument, value) is { Length: > 0 } text)
            {
                parts.Add(text);
            }
        }

        return string.Join(' ', parts);
    }

    private static string? Format(CommandArgument argument, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => argument.Kind == CommandArgumentKind.Flag ? "--" + argument.Name : "true",
        JsonValueKind.False => argument.Kind == CommandArgumentKind.Flag ? null : "false",
        JsonValueKind.Number => value.TryGetInt64(out var whole)
            ? whole.ToString(CultureInfo.InvariantCulture)
            : value.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.String => Collapse(value.GetString()!),
        _ => null,
    };

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => new string(word.Where(c => !char.IsControl(c)).ToArray()))
            .Where(word => word.Length > 0));
}
