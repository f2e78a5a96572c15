using System.Net.WebSockets;

namespace DeploymentWatch.Slack.SocketMode;

/// <summary>A plain <see cref="ClientWebSocket"/>; keep-alive pings notice a dead link long before Slack's refresh does.</summary>
internal sealed class ClientWebSocketConnector : IWebSocketConnector
{
    public async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
