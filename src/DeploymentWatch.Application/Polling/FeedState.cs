namespace DeploymentWatch.Application.Polling;

/// <summary>What the bot remembers about a feed between polls: validators for conditional GET and failure backoff.</summary>
public sealed record FeedState(
    string FeedId,
    string? ETag,
    string? LastModified,
    string? BodyHash,
    int ConsecutiveFailures,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastPolledAt,
    string? LastError)
{
    /// <summary>When the feed last brought an item not seen before; saved only when set (null keeps the stored time).</summary>
    public DateTimeOffset? LastNewItemAt { get; init; }

    public static FeedState New(string feedId) => new(feedId, null, null, null, 0, null, null, null);
}
