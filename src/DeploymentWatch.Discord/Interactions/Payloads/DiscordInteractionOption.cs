using System.Text.Json;

namespace DeploymentWatch.Discord.Interactions.Payloads;

/// <summary>A chosen option: a subcommand (type 1, nested <see cref="Options"/>) or a value (string, number or bool).</summary>
internal sealed record DiscordInteractionOption
{
    public string? Name { get; init; }

    public int Type { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<DiscordInteractionOption>? Options { get; init; }

    /// <summary>In an autocomplete interaction, the option being typed in.</summary>
    public bool? Focused { get; init; }
}
