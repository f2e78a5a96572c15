using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>
/// A Socket Mode endpoint on loopback (Kestrel with WebSockets). Hand <see cref="NextUrl"/> to the fake Web API's
/// apps.connections.open; each accepted connection is given to the test through <see cref="NextConnectionAsync"/>.
/// </summary>
public sealed class FakeSocketModeServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Channel<FakeSocketConnection> connections = Channel.CreateUnbounded<FakeSocketConnection>();
    private int tickets;

    private FakeSocketModeServer(WebApplication app)
    {
        this.app = app;
        app.UseWebSockets();
        app.Map("/link", AcceptAsync);
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>How many URLs were handed out (each reconnect asks for a fresh one).</summary>
    public int UrlsIssued => Volatile.Read(ref tickets);

    public static async Task<FakeSocketModeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeSocketModeServer(builder.Build());
        await server.app.StartAsync();
        server.BaseUrl = new Uri(server.app.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    /// <summary>A new wss-style URL with a fresh ticket, as apps.connections.open returns.</summary>
    public Uri NextUrl() => new(BaseUrl, $"link/?ticket=ticket-{Interlocked.Increment(ref tickets)}&app_id=A0FAKE");

    public async Task<FakeSocketConnection> NextConnectionAsync() =>
        await connections.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeSocketConnection(socket, context.Request.Query["ticket"].ToString());
        connections.Writer.TryWrite(connection);
        // Keep the request (and so the socket) open until the test or the client ends it.
        await Task.WhenAny(connection.Finished, Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, context.RequestAborted));
    }
}
