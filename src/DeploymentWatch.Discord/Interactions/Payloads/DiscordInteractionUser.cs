namespace DeploymentWatch.Discord.Interactions.Payloads;

internal sealed record DiscordInteractionUser(string? Id);
