namespace DeploymentWatch.Feeds.Http;

/// <summary>
/// A body to parse, a 304, or a one-line failure, with the validators the server sent, the Content-Type of the body
/// and the URL it was finally served from (after redirects).
/// </summary>
internal sealed record HttpFeedResponse(HttpFeedOutcome Outcome, ReadOnlyMemory<byte> Body, string? ETag, string? LastModified, string? Error)
{
    public string? ContentType { get; init; }

    public Uri? FinalUrl { get; init; }

    public static HttpFeedResponse WithBody(ReadOnlyMemory<byte> body, string? etag, string? lastModified) =>
        new(HttpFeedOutcome.Body, body, etag, lastModified, null);

    public static HttpFeedResponse NotModified(string? etag, string? lastModified) =>
        new(HttpFeedOutcome.NotModified, ReadOnlyMemory<byte>.Empty, etag, lastModified, null);

    public static HttpFeedResponse Failed(string reason) =>
        new(HttpFeedOutcome.Failed, ReadOnlyMemory<byte>.Empty, null, null, reason);
}
