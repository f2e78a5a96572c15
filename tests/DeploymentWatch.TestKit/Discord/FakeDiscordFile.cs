namespace DeploymentWatch.TestKit.Discord;

/// <summary>A multipart file part (files[n]) as the fake received it.</summary>
public sealed record FakeDiscordFile(string FieldName, string FileName, string ContentType, byte[] Content);
