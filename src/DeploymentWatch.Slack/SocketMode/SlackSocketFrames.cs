using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace DeploymentWatch.Slack.SocketMode;

/// <summary>
/// Reading and writing whole text messages on a socket: fragments are joined, binary frames ignored, and every send
/// goes through one lock because a WebSocket allows only one send at a time.
/// </summary>
internal sealed class SlackSocketFrames(WebSocket socket) : IDisposable
{
    // Slack envelopes are a few KB; this bounds memory if something else talks to us.
    private const int MaxMessageBytes = 1 << 20;

    private readonly SemaphoreSlim sendLock = new(1, 1);

    /// <summary>The next text message, or null when the socket closed or broke.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(cancellationToken);
                    return null;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxMessageBytes)
                {
                    return null;
                }

                if (result.EndOfMessage)
                {
                    if (result.MessageType == WebSocketMessageType.Text)
                    {
                        return Encoding.UTF8.GetString(buffer.WrittenSpan);
                    }

                    buffer.Clear();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException)
        {
            return null;
        }
    }

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Sends our close (without waiting for the peer's) unless the socket is already closing.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sendLock.WaitAsync(cancellationToken);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                }
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException)
        {
            // Already gone, or we are shutting down: nothing left to tell the peer.
        }
    }

    public void Dispose() => sendLock.Dispose();
}
