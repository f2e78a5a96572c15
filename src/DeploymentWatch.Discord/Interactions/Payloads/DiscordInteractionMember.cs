namespace DeploymentWatch.Discord.Interactions.Payloads;

internal sealed record DiscordInteractionMember(DiscordInteractionUser? User, string? Permissions);
