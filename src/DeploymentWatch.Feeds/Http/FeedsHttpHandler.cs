using System.Net;
using System.Net.Sockets;

namespace DeploymentWatch.Feeds.Http;

/// <summary>The primary handler for the feed client: bounded redirects to http/https only, decompression, no cookies.</summary>
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
        ConnectCallback = ConnectHttpOnlyAsync,
    };

    /// <summary>
    /// SocketsHttpHandler follows a redirect to ftp://host/ by speaking HTTP to port 21 (seen on .NET 10); a feed must
    /// not make the bot connect to arbitrary services, so anything but http/https is refused before connecting.
    /// </summary>
    private static async ValueTask<Stream> ConnectHttpOnlyAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var target = context.InitialRequestMessage.RequestUri;
        if (target is null || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
        {
            throw new RedirectRefusedException($"redirect to {target} refused (only http and https)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
