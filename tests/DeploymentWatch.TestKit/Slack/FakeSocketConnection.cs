using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>The server side of one Socket Mode connection, driven by the test: send frames, read what the client sends.</summary>
public sealed class FakeSocketConnection(WebSocket socket, string ticket)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The ticket of the URL this connection used (a fresh one per apps.connections.open).</summary>
    public string Ticket { get; } = ticket;

    internal Task Finished => finished.Task;

    public Task SendAsync(JsonObject frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
    }

    public Task SendHelloAsync() => SendAsync(new JsonObject
    {
        ["type"] = "hello",
        ["num_connections"] = 1,
        ["connection_info"] = new JsonObject { ["app_id"] = "A0FAKE" },
        ["debug_info"] = new JsonObject { ["host"] = "applink-fake", ["approximate_connection_time"] = 3600 },
    });

    public Task SendDisconnectAsync(string reason) => SendAsync(new JsonObject
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = "wss-fake" },
    });

    /// <summary>The next text frame as JSON, or null once the client closed (then the connection is finished).</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Guard);
            }
            catch (WebSocketException)
            {
                finished.TrySetResult();
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                try
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }
                }
                catch (WebSocketException)
                {
                    // The client closed and left without waiting for our half of the handshake; it is closed either way.
                }

                finished.TrySetResult();
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray())!.AsObject();
            }
        }
    }

    /// <summary>Drops the connection abruptly, as a network failure would.</summary>
    public void Abort()
    {
        socket.Abort();
        finished.TrySetResult();
    }

    public void Finish() => finished.TrySetResult();
}
