namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>The part of a returned message object we use: its id is the MessageRef for later edits.</summary>
internal sealed record DiscordMessage(string Id, string? ChannelId);
