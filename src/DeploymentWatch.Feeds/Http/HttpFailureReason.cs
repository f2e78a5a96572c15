using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace DeploymentWatch.Feeds.Http;

/// <summary>
/// Network failures as a short reason a person can act on ("connection refused (host:port)"), never a stack trace:
/// the reason is stored in feed state and shown in status output.
/// </summary>
internal static class HttpFailureReason
{
    public static string? Describe(Exception exception, Uri url) => exception switch
    {
        HttpRequestException request => FromRequest(request, url),
        InvalidDataException => "could not decompress the body (bad gzip/deflate/brotli data)",
        IOException io => $"connection broke while reading the body: {ReadableUnits.OneLine(io.Message)}",
        AuthenticationException => $"TLS handshake with {url.Host} failed",
        OperationCanceledException => "request cancelled",
        _ => $"fetch failed: {exception.GetType().Name}: {ReadableUnits.OneLine(exception.Message)}",
    };

    private static string FromRequest(HttpRequestException exception, Uri url)
    {
        if (Find<RedirectRefusedException>(exception) is { } refused)
        {
            return refused.Message;
        }

        if (Find<AddressRefusedException>(exception) is { } address)
        {
            return address.Message;
        }

        var endpoint = $"{url.Host}:{url.Port}";
        if (Find<SocketException>(exception) is { } socket)
        {
            return socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => $"connection refused ({endpoint})",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => $"DNS lookup failed for {url.Host}",
                SocketError.ConnectionReset => $"connection reset by {endpoint}",
                SocketError.TimedOut => $"connect to {endpoint} timed out",
                SocketError.NetworkUnreachable or SocketError.HostUnreachable => $"{endpoint} is unreachable",
                _ => $"network error {socket.SocketErrorCode} ({endpoint})",
            };
        }

        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"DNS lookup failed for {url.Host}",
            HttpRequestError.SecureConnectionError => $"TLS handshake with {url.Host} failed",
            HttpRequestError.ConnectionError => $"could not connect to {endpoint}",
            HttpRequestError.ResponseEnded => $"{endpoint} closed the connection before the response ended",
            HttpRequestError.InvalidResponse => $"invalid HTTP response from {endpoint}",
            _ => $"HTTP request to {endpoint} failed: {ReadableUnits.OneLine(exception.Message)}",
        };
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }
}
