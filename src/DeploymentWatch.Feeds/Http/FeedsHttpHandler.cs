using System.Net;
using System.Net.Sockets;

namespace DeploymentWatch.Feeds.Http;

/// <summary>
/// The primary handler for the feed client: decompression, no cookies, no automatic redirects (the client follows
/// them itself, checking each hop), and a connect step that checks every resolved address.
/// </summary>
internal static class FeedsHttpHandler
{
    public static SocketsHttpHandler Create(FeedsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var allowPrivate = options.AllowPrivateAddresses;
        var allowed = (options.AllowedPrivateAddresses ?? []).Select(IPAddress.Parse).ToHashSet();
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            // Feeds are public documents; a cookie jar shared across feeds would only leak state between them.
            UseCookies = false,
            ConnectCallback = (context, cancellationToken) =>
                ConnectAsync(context, a => allowPrivate || allowed.Contains(a) || AddressPolicy.Restricted(a) is null, cancellationToken),
        };
    }

    /// <summary>
    /// Resolves the host itself and connects only to addresses the policy allows, so a name that resolves to a
    /// private address (or changes its answer between a check and the connect) never reaches one. Anything but
    /// http/https is refused before connecting: SocketsHttpHandler would speak HTTP to it.
    /// </summary>
    private static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context, Func<IPAddress, bool> mayReach, CancellationToken cancellationToken)
    {
        var target = context.InitialRequestMessage.RequestUri;
        if (target is null || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
        {
            throw new RedirectRefusedException(FeedRedirects.NonHttpRefused(target));
        }

        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(mayReach).ToArray();
        if (allowed.Length == 0)
        {
            throw addresses.FirstOrDefault() is { } first
                ? new AddressRefusedException(Refusal(host, first))
                : new AddressRefusedException($"DNS lookup for {host} found no address");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Refusal(string host, IPAddress address)
    {
        var kind = AddressPolicy.Restricted(address);
        var what = host.Trim('[', ']') == address.ToString() ? $"{host} is {kind} address" : $"{host} resolves to {kind} address ({address})";
        return $"refused: {what}; feeds may only reach public addresses unless Feeds:AllowPrivateAddresses is set";
    }
}
