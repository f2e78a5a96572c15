namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>Names an uploaded part: id "0" is the multipart field files[0].</summary>
internal sealed record DiscordAttachmentRef(string Id, string Filename);
