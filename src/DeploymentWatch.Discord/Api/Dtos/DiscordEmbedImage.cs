namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>An embed image; "attachment://name" points at a file uploaded with the same message.</summary>
internal sealed record DiscordEmbedImage(string Url);
