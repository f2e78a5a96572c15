using System.Net.Http.Headers;
using System.Text.Json;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Interactions.Payloads;

namespace DeploymentWatch.Discord.Api;

/// <summary>The hand-written Discord REST client: builds bodies (JSON, or multipart with payload_json + files[0]) and parses results.</summary>
internal sealed class DiscordApiClient(DiscordRequestSender sender) : IDiscordApiClient
{
    public Task<DiscordApiResult<DiscordMessage>> CreateMessageAsync(string channelId, DiscordMessagePayload payload, DiscordUpload? upload, CancellationToken cancellationToken) =>
        SendMessageAsync(DiscordRoute.CreateMessage(channelId), payload, upload, cancellationToken);

    public Task<DiscordApiResult<DiscordMessage>> EditMessageAsync(string channelId, string messageId, DiscordMessagePayload payload, DiscordUpload? upload, CancellationToken cancellationToken) =>
        SendMessageAsync(DiscordRoute.EditMessage(channelId, messageId), payload, upload, cancellationToken);

    public Task<DiscordApiResult<DiscordMessage>> EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, DiscordMessagePayload payload, DiscordUpload? upload, CancellationToken cancellationToken) =>
        SendMessageAsync(DiscordRoute.EditOriginalInteractionResponse(applicationId, interactionToken), payload, upload, cancellationToken);

    public async Task<DiscordApiResult<bool>> DeleteOriginalInteractionResponseAsync(string applicationId, string interactionToken, CancellationToken cancellationToken)
    {
        var result = await sender.SendAsync(DiscordRoute.DeleteOriginalInteractionResponse(applicationId, interactionToken), () => null, cancellationToken);
        return result.IsSuccess ? DiscordApiResult<bool>.Ok(true) : result.As<bool>();
    }

    public Task<DiscordApiResult<DiscordMessage>> CreateFollowupMessageAsync(string applicationId, string interactionToken, DiscordMessagePayload payload, DiscordUpload? upload, CancellationToken cancellationToken) =>
        SendMessageAsync(DiscordRoute.CreateFollowupMessage(applicationId, interactionToken), payload, upload, cancellationToken);

    public Task<DiscordApiResult<bool>> CreateInteractionResponseAsync(string interactionId, string interactionToken, DiscordInteractionResponse response, CancellationToken cancellationToken) =>
        SendCallbackAsync(interactionId, interactionToken, JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.DiscordInteractionResponse), cancellationToken);

    public Task<DiscordApiResult<bool>> CreateAutocompleteResponseAsync(string interactionId, string interactionToken, DiscordAutocompleteResponse response, CancellationToken cancellationToken) =>
        SendCallbackAsync(interactionId, interactionToken, JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.DiscordAutocompleteResponse), cancellationToken);

    public async Task<DiscordApiResult<int>> BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<DiscordApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListDiscordApplicationCommand);
        var result = await sender.SendAsync(DiscordRoute.BulkOverwriteCommands(applicationId, guildId), () => Json(json), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.As<int>();
        }

        try
        {
            using var document = JsonDocument.Parse(result.Value);
            return DiscordApiResult<int>.Ok(document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : 0);
        }
        catch (JsonException)
        {
            return DiscordApiResult<int>.Fail(DiscordFailure.Invalid, "Discord answered the command overwrite with a body that is not JSON");
        }
    }

    private async Task<DiscordApiResult<DiscordMessage>> SendMessageAsync(DiscordRoute route, DiscordMessagePayload payload, DiscordUpload? upload, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJsonContext.Default.DiscordMessagePayload);
        var result = await sender.SendAsync(route, () => upload is null ? Json(json) : Multipart(json, upload), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.As<DiscordMessage>();
        }

        try
        {
            var message = JsonSerializer.Deserialize(result.Value, DiscordJsonContext.Default.DiscordMessage);
            return message is { Id.Length: > 0 }
                ? DiscordApiResult<DiscordMessage>.Ok(message)
                : DiscordApiResult<DiscordMessage>.Fail(DiscordFailure.Invalid, "Discord answered without a message id");
        }
        catch (JsonException)
        {
            return DiscordApiResult<DiscordMessage>.Fail(DiscordFailure.Invalid, "Discord answered with a body that is not a message");
        }
    }

    private async Task<DiscordApiResult<bool>> SendCallbackAsync(string interactionId, string interactionToken, byte[] json, CancellationToken cancellationToken)
    {
        var result = await sender.SendAsync(DiscordRoute.CreateInteractionResponse(interactionId, interactionToken), () => Json(json), cancellationToken);
        return result.IsSuccess ? DiscordApiResult<bool>.Ok(true) : result.As<bool>();
    }

    private static ByteArrayContent Json(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    // Built anew for every attempt: HttpContent cannot be sent twice.
    private static MultipartFormDataContent Multipart(byte[] json, DiscordUpload upload)
    {
        var file = new ByteArrayContent(upload.Content.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue(upload.ContentType);
        return new MultipartFormDataContent
        {
            { Json(json), "payload_json" },
            { file, "files[0]", upload.FileName },
        };
    }
}
