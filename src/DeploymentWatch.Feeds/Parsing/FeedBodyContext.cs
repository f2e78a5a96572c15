namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// What came with a feed body: the validators to store, the HTTP charset (if any), and the address relative item
/// links resolve against (the URL the body was finally served from; null for a local file).
/// </summary>
internal sealed record FeedBodyContext(string? ETag, string? LastModified, string? Charset, Uri? BaseUrl)
{
    public static readonly FeedBodyContext None = new(null, null, null, null);
}
