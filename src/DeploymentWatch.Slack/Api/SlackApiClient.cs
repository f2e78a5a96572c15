using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack.Api;

/// <summary>
/// The Web API over HTTP: Bearer token in the header (never in the body), JSON UTF-8 bodies for writes, form bodies
/// where the current docs only promise form encoding (file uploads, apps.connections.open).
/// </summary>
internal sealed class SlackApiClient(
    IHttpClientFactory httpClientFactory,
    IOptions<SlackOptions> options,
    SlackResponseReader reader,
    SlackChannelStatus status,
    ILogger<SlackApiClient> logger) : ISlackApiClient
{
    /// <summary>Named client for calls that carry a token.</summary>
    public const string ApiClientName = "DeploymentWatch.Slack.Api";

    /// <summary>Named client for token-less calls (upload URLs, response_url).</summary>
    public const string PlainClientName = "DeploymentWatch.Slack.Plain";

    private SlackOptions Options => options.Value;

    public Task<SlackApiResult<SlackPostedMessage>> PostMessageAsync(SlackMessageRequest message, CancellationToken cancellationToken) =>
        SendAsync("chat.postMessage", JsonBody(MessageBody(message)), BotToken, SlackResponseReader.PostedMessage, cancellationToken);

    public Task<SlackApiResult<SlackPostedMessage>> UpdateMessageAsync(SlackMessageRequest message, CancellationToken cancellationToken) =>
        SendAsync("chat.update", JsonBody(MessageBody(message)), BotToken, SlackResponseReader.PostedMessage, cancellationToken);

    public Task<SlackApiResult<bool>> JoinConversationAsync(string channel, CancellationToken cancellationToken) =>
        SendAsync("conversations.join", JsonBody(new JsonObject { ["channel"] = channel }), BotToken, static _ => true, cancellationToken);

    public Task<SlackApiResult<SlackUser>> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        SendAsync($"users.info?user={Uri.EscapeDataString(userId)}", null, BotToken, SlackResponseReader.User, cancellationToken);

    public Task<SlackApiResult<SlackUploadTicket>> GetUploadUrlAsync(string fileName, long length, CancellationToken cancellationToken) =>
        SendAsync(
            "files.getUploadURLExternal",
            FormBody(("filename", fileName), ("length", length.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            BotToken,
            SlackResponseReader.UploadTicket,
            cancellationToken);

    public async Task<SlackApiResult<bool>> UploadFileContentAsync(Uri uploadUrl, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        using var body = new ReadOnlyMemoryContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = body };
        var client = httpClientFactory.CreateClient(PlainClientName);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => SlackApiResult<bool>.Success(true),
                HttpStatusCode.TooManyRequests => SlackApiResult<bool>.RateLimited(reader.RetryAfter(response)),
                >= HttpStatusCode.InternalServerError => SlackApiResult<bool>.Transient($"upload http_{(int)response.StatusCode}"),
                _ => SlackApiResult<bool>.Failed($"upload http_{(int)response.StatusCode}"),
            };
        }
        catch (Exception ex) when (SlackResponseReader.IsTransport(ex, cancellationToken))
        {
            return SlackApiResult<bool>.Transient($"upload {ex.GetType().Name}");
        }
    }

    public Task<SlackApiResult<bool>> CompleteUploadAsync(string fileId, string title, string channel, CancellationToken cancellationToken)
    {
        var files = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title }).ToJsonString(SlackJson.Options);
        return SendAsync("files.completeUploadExternal", FormBody(("files", files), ("channel_id", channel)), BotToken, static _ => true, cancellationToken);
    }

    // The app-level token must travel in the header; the docs say a POST parameter is refused.
    public Task<SlackApiResult<Uri>> OpenConnectionAsync(CancellationToken cancellationToken) =>
        SendAsync("apps.connections.open", FormBody(), new Token(Options.AppToken, IsBot: false), SlackResponseReader.ConnectionUrl, cancellationToken);

    private async Task<SlackApiResult<T>> SendAsync<T>(
        string methodAndQuery, HttpContent? body, Token token, Func<JsonElement, T?> read, CancellationToken cancellationToken)
    {
        using var content = body;
        if (string.IsNullOrWhiteSpace(token.Value))
        {
            return SlackApiResult<T>.Failed("not_authed");
        }

        // A dead bot token stops every bot call until restart; the app token (Socket Mode) is judged on its own.
        if (token.IsBot && status.StoppedReason is { } stopped)
        {
            return SlackApiResult<T>.Failed(stopped);
        }

        using var request = new HttpRequestMessage(content is null ? HttpMethod.Get : HttpMethod.Post, Options.MethodUri(methodAndQuery)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var client = httpClientFactory.CreateClient(ApiClientName);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var result = await reader.ReadAsync(response, read, cancellationToken);
            if (token.IsBot && SlackTokenErrors.IsTokenDead(result.Error))
            {
                status.Stop(result.Error!);
                logger.LogError("Slack refused the bot token ({Error}); all Slack traffic is stopped", result.Error);
            }

            return result;
        }
        catch (Exception ex) when (SlackResponseReader.IsTransport(ex, cancellationToken))
        {
            return SlackApiResult<T>.Transient($"{methodAndQuery.Split('?')[0]} {ex.GetType().Name}");
        }
    }

    private Token BotToken => new(Options.BotToken, IsBot: true);

    private static JsonObject MessageBody(SlackMessageRequest message)
    {
        var body = new JsonObject
        {
            ["channel"] = message.Channel,
            ["text"] = message.Text,
            ["blocks"] = message.Blocks.DeepClone(),
        };
        if (message.Ts is null)
        {
            // No previews: an alert shows what it links to, feed links never pull in content it did not ask for.
            body["unfurl_links"] = false;
            body["unfurl_media"] = false;
        }
        else
        {
            body["ts"] = message.Ts;
        }

        return body;
    }

    // StringContent with UTF-8 sends "application/json; charset=utf-8", which Slack asks for.
    private static StringContent JsonBody(JsonObject body) => new(body.ToJsonString(SlackJson.Options), Encoding.UTF8, "application/json");

    private static FormUrlEncodedContent FormBody(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private readonly record struct Token(string? Value, bool IsBot);
}
