namespace DeploymentWatch.Domain.Messages;

/// <summary>A file sent with a message, e.g. a PNG chart of how figures moved.</summary>
public sealed record MessageAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
