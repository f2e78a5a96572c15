using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// The real service (<see cref="ServiceApplication"/>, no scheduler) on loopback, pointed at a fake Slack Web API
/// (and, for Socket Mode, a fake Socket Mode server), with a temp config whose only feed is a local article folder.
/// The test drives polling cycles itself and talks to the service as Slack would: signed slash-command POSTs or
/// Socket Mode envelopes. Every wait is bounded by one guard of a minute.
/// </summary>
internal sealed class SlackEndToEndHost : IAsyncDisposable
{
    public const string SigningSecret = "e2e0c1d2e3f4a5b6c7d8e9f0a1b2c3d4";
    public const string ChannelId = "C0ALERTS";
    public const string AdminUserId = "U0ADMIN";
    public const string MemberUserId = "U0MEMBER";

    private readonly EndToEndService service = new("slack");
    private readonly ServiceProvider httpServices = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private int responseUrlIds;

    private SlackEndToEndHost(FakeSlackApi api, FakeSocketModeServer? socketServer)
    {
        Api = api;
        SocketServer = socketServer;
    }

    public FakeSlackApi Api { get; }

    public FakeSocketModeServer? SocketServer { get; }

    /// <summary>The Socket Mode connection the service opened (Socket Mode hosts only), hello already sent.</summary>
    public FakeSocketConnection? Socket { get; private set; }

    public Uri CommandsEndpoint { get; private set; } = null!;

    public CancellationToken Cancellation => service.Cancellation;

    public static ChannelAddress Channel => new("slack", FakeSlackApi.TeamId, ChannelId);

    private IServiceProvider Services => service.Services;

    /// <summary>Starts the fakes and the service; with <paramref name="socketMode"/> also waits for its Socket Mode connection.</summary>
    public static async Task<SlackEndToEndHost> StartAsync(bool socketMode)
    {
        var api = await FakeSlackApi.StartAsync();
        var socketServer = socketMode ? await FakeSocketModeServer.StartAsync() : null;
        var host = new SlackEndToEndHost(api, socketServer);
        try
        {
            await host.StartServiceAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public void WriteArticle(string fileName, string title, string body) => service.WriteArticle(fileName, title, body);

    /// <summary>One cycle as the scheduler would run it: poll every feed now, then deliver what is due.</summary>
    public Task<(PollSummary Poll, DispatchSummary Sent)> RunCycleAsync() => service.RunCycleAsync();

    public Task<Subscription?> SubscriptionAsync() => service.SubscriptionAsync(Channel);

    public Task<IReadOnlyList<Mute>> ActiveMutesAsync() => service.ActiveMutesAsync(Channel);

    /// <summary>A slash-command form as Slack sends it, with a response_url on the fake Slack.</summary>
    public string CommandForm(string text, string userId, out string responseUrlId)
    {
        responseUrlId = "e2e-" + Interlocked.Increment(ref responseUrlIds);
        var fields = new (string Name, string Value)[]
        {
            ("token", "gIkuvaNzQIHg97ATvDxqgjtO"),
            ("team_id", FakeSlackApi.TeamId),
            ("team_domain", "example"),
            ("channel_id", ChannelId),
            ("channel_name", "alerts"),
            ("user_id", userId),
            ("user_name", "someone"),
            ("command", "/deploymentwatch"),
            ("text", text),
            ("api_app_id", "A0FAKE"),
            ("is_enterprise_install", "false"),
            ("response_url", Api.ResponseUrl(responseUrlId).AbsoluteUri),
            ("trigger_id", "13345224609.738474920.8088930838d88f008e0"),
        };
        return string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
    }

    /// <summary>POSTs a body to /slack/commands with the given headers (null leaves a header out).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CommandsEndpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/x-www-form-urlencoded")),
        };
        if (timestamp is not null)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add("X-Slack-Signature", signature);
        }

        var http = httpServices.GetRequiredService<IHttpClientFactory>().CreateClient();
        using var response = await http.SendAsync(request, Cancellation);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancellation));
    }

    /// <summary>
    /// A correctly signed command, signed now by the real clock (the service checks it against TimeProvider.System).
    /// Returns the HTTP status and the answer: the response body, or, when the adapter had to answer "Working on…"
    /// within Slack's 3 seconds, what it then posted to the command's response_url.
    /// </summary>
    public async Task<(HttpStatusCode Status, JsonObject? Answer)> PostSignedCommandAsync(string text, string userId = AdminUserId)
    {
        var body = CommandForm(text, userId, out var responseUrlId);
        var (timestamp, signature) = SlackRequestSigner.Sign(SigningSecret, body, TimeProvider.System.GetUtcNow());
        var (status, reply) = await PostAsync(body, timestamp, signature);
        if (status != HttpStatusCode.OK)
        {
            return (status, null);
        }

        return (status, await FinalAnswerAsync(JsonNode.Parse(reply)!.AsObject(), responseUrlId));
    }

    /// <summary>Sends a slash_commands envelope on the Socket Mode connection and reads its ack (and the late answer, if any).</summary>
    public async Task<(JsonObject Ack, JsonObject? Answer)> SendSocketCommandAsync(string envelopeId, string text, string userId = AdminUserId)
    {
        var socket = Socket ?? throw new InvalidOperationException("not a Socket Mode host");
        var responseUrlId = "e2e-socket-" + Interlocked.Increment(ref responseUrlIds);
        await socket.SendAsync(new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = "slash_commands",
            ["accepts_response_payload"] = true,
            ["payload"] = new JsonObject
            {
                ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
                ["team_id"] = FakeSlackApi.TeamId,
                ["team_domain"] = "example",
                ["channel_id"] = ChannelId,
                ["channel_name"] = "alerts",
                ["user_id"] = userId,
                ["user_name"] = "someone",
                ["command"] = "/deploymentwatch",
                ["text"] = text,
                ["api_app_id"] = "A0FAKE",
                ["is_enterprise_install"] = "false",
                ["response_url"] = Api.ResponseUrl(responseUrlId).AbsoluteUri,
                ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
            },
        }).WaitAsync(Cancellation);

        // ReceiveAsync is bounded by the fake (10 s); Slack itself gives an ack 3 seconds.
        var ack = await socket.ReceiveAsync().WaitAsync(Cancellation)
                  ?? throw new InvalidOperationException("the service closed the Socket Mode connection instead of acking");
        var payload = ack["payload"] as JsonObject;
        return (ack, payload is null ? null : await FinalAnswerAsync(payload, responseUrlId));
    }

    public async ValueTask DisposeAsync()
    {
        await service.DisposeAsync();

        // Ends the fake's hold on the WebSocket request so its server can stop at once.
        Socket?.Finish();
        if (SocketServer is not null)
        {
            await SocketServer.DisposeAsync();
        }

        await Api.DisposeAsync();
        await httpServices.DisposeAsync();
    }

    private async Task StartServiceAsync()
    {
        Api.Workspace.AddChannel(ChannelId);
        Api.Workspace.AddUser(AdminUserId, isAdmin: true);
        Api.Workspace.AddUser(MemberUserId);
        var settings = new Dictionary<string, string?>
        {
            ["SLACK_BOT_TOKEN"] = FakeSlackApi.BotToken,
            ["SLACK_SIGNING_SECRET"] = SigningSecret,
            ["SLACK_API_BASE_URL"] = Api.BaseUrl.AbsoluteUri,
            ["SLACK_ADMIN_USER_IDS"] = string.Empty,
        };
        if (SocketServer is not null)
        {
            Api.SocketModeUrl = SocketServer.NextUrl;
            settings["SLACK_APP_TOKEN"] = FakeSlackApi.AppToken;
        }

        await service.StartAsync(settings);
        CommandsEndpoint = new Uri(service.Address, "/slack/commands");
        if (SocketServer is not null)
        {
            Socket = await SocketServer.NextConnectionAsync().WaitAsync(Cancellation);
            await Socket.SendHelloAsync().WaitAsync(Cancellation);
        }
    }

    // The adapter answers within Slack's 3 seconds; a command that needs longer is acknowledged with "Working on…"
    // and its real answer is posted to the response_url once ready. Either way this returns the real answer.
    private async Task<JsonObject> FinalAnswerAsync(JsonObject immediate, string responseUrlId)
    {
        if (((string?)immediate["text"])?.StartsWith("Working on", StringComparison.Ordinal) != true)
        {
            return immediate;
        }

        var (path, body) = await Api.NextResponseUrlPostAsync().WaitAsync(Cancellation);
        return path == responseUrlId
            ? body
            : throw new InvalidOperationException($"the late answer went to response_url {path}, not {responseUrlId}");
    }
}
