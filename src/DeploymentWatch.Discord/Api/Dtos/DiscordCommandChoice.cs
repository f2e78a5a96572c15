namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>A fixed choice of a string option: name is shown (≤ 100), value is sent back (≤ 100).</summary>
internal sealed record DiscordCommandChoice(string Name, string Value);
