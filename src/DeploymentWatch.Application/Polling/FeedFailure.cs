namespace DeploymentWatch.Application.Polling;

/// <summary>A feed that could not be read this cycle, the one-line reason, and when it is tried again.</summary>
public sealed record FeedFailure(string FeedId, string Reason, DateTimeOffset RetryAt);
