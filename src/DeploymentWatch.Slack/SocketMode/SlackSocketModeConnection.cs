using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentWatch.Slack.Api;
using DeploymentWatch.Slack.Commands;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Slack.SocketMode;

/// <summary>
/// One Socket Mode connection: expects hello first, acks every envelope exactly once on the socket it came on,
/// answers slash commands in the ack (within Slack's 3 seconds, via the shared dispatcher) and ends on disconnect.
/// </summary>
internal sealed class SlackSocketModeConnection(
    IWebSocketConnector connector,
    SlackCommandDispatcher dispatcher,
    SlackResponseUrlClient responseUrls,
    ILogger<SlackSocketModeConnection> logger)
{
    public async Task<SlackSocketSessionEnd> RunAsync(Uri url, CancellationToken cancellationToken)
    {
        using var socket = await connector.ConnectAsync(url, cancellationToken);
        using var frames = new SlackSocketFrames(socket);
        var handlers = new List<Task>();
        var helloSeen = false;
        try
        {
            while (true)
            {
                var message = await frames.ReceiveAsync(cancellationToken);
                if (message is null)
                {
                    return helloSeen ? SlackSocketSessionEnd.DroppedAfterHello : SlackSocketSessionEnd.DroppedBeforeHello;
                }

                using var json = ParseOrNull(message);
                var frame = json?.RootElement ?? default;
                var type = frame.ValueKind == JsonValueKind.Object && frame.TryGetProperty("type", out var t) ? t.GetString() : null;
                if (!helloSeen && type != "hello")
                {
                    logger.LogWarning("Slack Socket Mode: expected hello first, got {Type}; reconnecting", type ?? "(unreadable)");
                    await frames.CloseAsync(cancellationToken);
                    return SlackSocketSessionEnd.DroppedBeforeHello;
                }

                handlers.RemoveAll(h => h.IsCompleted);
                switch (type)
                {
                    case "hello":
                        helloSeen = true;
                        break;
                    case "disconnect":
                        var reason = frame.TryGetProperty("reason", out var r) ? r.GetString() : null;
                        logger.LogInformation("Slack Socket Mode disconnect: {Reason}", reason);
                        // Let in-flight commands ack on this socket before it closes (they take at most ~2 s).
                        await Task.WhenAll(handlers);
                        await frames.CloseAsync(cancellationToken);
                        return reason is "link_disabled" or "socket_mode_disabled" ? SlackSocketSessionEnd.Disabled : SlackSocketSessionEnd.RefreshRequested;
                    case "slash_commands":
                        handlers.Add(HandleCommandAsync(frames, frame.Clone(), cancellationToken));
                        break;
                    default:
                        // events_api and interactive envelopes are not used by this bot, but Slack retries un-acked ones.
                        if (EnvelopeId(frame) is { } id)
                        {
                            await frames.SendAsync(Ack(id, null), cancellationToken);
                        }

                        break;
                }
            }
        }
        finally
        {
            await Task.WhenAll(handlers);
        }
    }

    private async Task HandleCommandAsync(SlackSocketFrames frames, JsonElement envelope, CancellationToken cancellationToken)
    {
        var id = EnvelopeId(envelope);
        JsonObject? payload = null;
        try
        {
            var accepts = envelope.TryGetProperty("accepts_response_payload", out var a) && a.ValueKind == JsonValueKind.True;
            var command = envelope.TryGetProperty("payload", out var p) ? SlackSlashCommand.FromJson(p) : null;
            if (command is null)
            {
                logger.LogWarning("Slack Socket Mode: slash_commands envelope without team, channel or user");
            }
            else
            {
                var response = await dispatcher.HandleAsync(command, cancellationToken);
                if (accepts)
                {
                    payload = response.ToJson();
                }
                else if (command.ResponseUrl is { } responseUrl)
                {
                    await responseUrls.PostAsync(responseUrl, response, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Slack Socket Mode: slash command failed");
        }
        finally
        {
            // Exactly one ack per envelope, whatever happened above; Slack redelivers what is never acked.
            if (id is not null)
            {
                try
                {
                    await frames.SendAsync(Ack(id, payload), cancellationToken);
                }
                catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
                {
                    logger.LogWarning("Slack Socket Mode: could not ack an envelope, the socket is gone");
                }
            }
        }
    }

    private static string Ack(string envelopeId, JsonObject? payload)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload;
        }

        return ack.ToJsonString(SlackJson.Options);
    }

    private static string? EnvelopeId(JsonElement frame) =>
        frame.ValueKind == JsonValueKind.Object && frame.TryGetProperty("envelope_id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static JsonDocument? ParseOrNull(string message)
    {
        try
        {
            return JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
