using System.Text;

namespace DeploymentWatch.TestKit.Feeds;

/// <summary>What the loopback feed server answers on one path.</summary>
public sealed record LoopbackFeedResponse
{
    public int StatusCode { get; init; } = 200;

    public byte[] Body { get; init; } = [];

    public string ContentType { get; init; } = "application/rss+xml; charset=utf-8";

    /// <summary>Sent as ETag; a request whose If-None-Match equals it gets 304.</summary>
    public string? ETag { get; init; }

    /// <summary>Sent as Last-Modified; a request whose If-Modified-Since equals it gets 304.</summary>
    public string? LastModified { get; init; }

    public string? Location { get; init; }

    /// <summary>Wait this long before answering (ends early when the client goes away).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>When above zero, stream this many bytes of filler instead of <see cref="Body"/>.</summary>
    public long StreamedBytes { get; init; }

    /// <summary>Announce <see cref="StreamedBytes"/> as Content-Length (else the body is chunked).</summary>
    public bool AnnounceLength { get; init; }

    /// <summary>Gzip the body and say so in Content-Encoding.</summary>
    public bool Gzip { get; init; }

    public static LoopbackFeedResponse Feed(string xml, string? etag = null, string? lastModified = null) =>
        new() { Body = Encoding.UTF8.GetBytes(xml), ETag = etag, LastModified = lastModified };

    public static LoopbackFeedResponse Html(string html) =>
        new() { Body = Encoding.UTF8.GetBytes(html), ContentType = "text/html; charset=utf-8" };

    public static LoopbackFeedResponse Status(int statusCode) =>
        new() { StatusCode = statusCode, ContentType = "text/plain", Body = Encoding.UTF8.GetBytes("error page") };

    public static LoopbackFeedResponse RedirectTo(string location, int statusCode = 302) =>
        new() { StatusCode = statusCode, Location = location };

    public static LoopbackFeedResponse Huge(long bytes, bool announceLength) =>
        new() { StreamedBytes = bytes, AnnounceLength = announceLength };
}
