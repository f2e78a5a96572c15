namespace DeploymentWatch.TestKit.Slack;

/// <summary>A file of the external upload flow: reserved, then its bytes, then shared into a channel.</summary>
public sealed record FakeSlackUpload(string FileId, byte[]? Content, string? Title, string? Channel, bool SentAuthorization);
