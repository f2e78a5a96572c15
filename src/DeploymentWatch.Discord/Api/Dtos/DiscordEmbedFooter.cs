namespace DeploymentWatch.Discord.Api.Dtos;

internal sealed record DiscordEmbedFooter(string Text);
