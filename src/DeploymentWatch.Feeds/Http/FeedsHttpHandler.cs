using System.Net;

namespace DeploymentWatch.Feeds.Http;

/// <summary>The primary handler for the feed client: bounded redirects (http/https only, as SocketsHttpHandler does), decompression, no cookies.</summary>
internal static class FeedsHttpHandler
{
    public static SocketsHttpHandler Create(FeedsOptions options) => new()
    {
        AllowAutoRedirect = options.MaxRedirects > 0,
        // The property refuses 0; with redirects off it is unused.
        MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
        AutomaticDecompression = DecompressionMethods.All,
        // Feeds are public documents; a cookie jar shared across feeds would only leak state between them.
        UseCookies = false,
    };
}
