using System.Net.WebSockets;

namespace DeploymentWatch.Slack.SocketMode;

/// <summary>Opens a WebSocket; the seam that lets tests point Socket Mode at a loopback server.</summary>
internal interface IWebSocketConnector
{
    Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
