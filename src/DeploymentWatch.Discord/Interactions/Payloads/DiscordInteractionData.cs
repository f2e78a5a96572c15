namespace DeploymentWatch.Discord.Interactions.Payloads;

internal sealed record DiscordInteractionData
{
    public string? Name { get; init; }

    public IReadOnlyList<DiscordInteractionOption>? Options { get; init; }
}
