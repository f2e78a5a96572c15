namespace DeploymentWatch.Discord.Api.Dtos;

internal sealed record DiscordEmbedField(string Name, string Value, bool? Inline = null);
