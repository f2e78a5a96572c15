using System.Text.Json.Serialization;

namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>A command in a bulk overwrite (PUT …/commands).</summary>
internal sealed record DiscordApplicationCommand
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>1 = CHAT_INPUT (slash command).</summary>
    public int Type { get; init; } = 1;

    public IReadOnlyList<DiscordCommandOption>? Options { get; init; }

    /// <summary>
    /// Written as an explicit null: "everyone may see the command". Permission bits are per command, not per
    /// subcommand, so the changing subcommands are checked on our side (see DiscordCommandBuilder).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>0 = guild only: channel subscriptions make no sense in DMs.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }

    /// <summary>0 = guild install.</summary>
    public IReadOnlyList<int>? IntegrationTypes { get; init; }
}
