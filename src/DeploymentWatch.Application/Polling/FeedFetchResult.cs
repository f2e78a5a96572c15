namespace DeploymentWatch.Application.Polling;

/// <summary>
/// The outcome of one fetch. Exactly one of: items (<see cref="Items"/>, with new validators), not modified
/// (304, equal validators or an unchanged body hash: nothing parsed), or a failure with a one-line reason.
/// </summary>
public sealed record FeedFetchResult(
    FeedFetchStatus Status,
    IReadOnlyList<FeedItem> Items,
    string? ETag,
    string? LastModified,
    string? BodyHash,
    string? Error)
{
    public static FeedFetchResult NotModified(string? etag, string? lastModified, string? bodyHash) =>
        new(FeedFetchStatus.NotModified, [], etag, lastModified, bodyHash, null);

    public static FeedFetchResult Failed(string reason) =>
        new(FeedFetchStatus.Failed, [], null, null, null, reason);

    public static FeedFetchResult Fetched(IReadOnlyList<FeedItem> items, string? etag, string? lastModified, string? bodyHash) =>
        new(FeedFetchStatus.Fetched, items, etag, lastModified, bodyHash, null);
}
