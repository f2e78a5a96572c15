namespace DeploymentWatch.Discord.Api;

/// <summary>A file sent as multipart part files[0] next to payload_json.</summary>
internal sealed record DiscordUpload(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
