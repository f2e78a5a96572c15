namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>A command option: a subcommand (type 1) or a typed argument (3 string, 4 integer, 5 boolean).</summary>
internal sealed record DiscordCommandOption
{
    public required int Type { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public bool? Required { get; init; }

    public IReadOnlyList<DiscordCommandChoice>? Choices { get; init; }

    public IReadOnlyList<DiscordCommandOption>? Options { get; init; }

    public long? MinValue { get; init; }

    public long? MaxValue { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>Discord asks the bot for suggestions while the user types (never together with choices).</summary>
    public bool? Autocomplete { get; init; }
}
