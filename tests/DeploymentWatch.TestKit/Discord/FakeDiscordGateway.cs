using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>
/// Discord's Gateway on loopback (Kestrel WebSockets, JSON text frames): HELLO → heartbeats (ACKed) → IDENTIFY
/// (checked: token, Guilds intent) → READY and the guild (GUILD_CREATE) → INTERACTION_CREATE when a test sends one.
/// A dropped client may RESUME with its session and sequence (RESUMED), and the test can drop the connection or
/// send RECONNECT or INVALID_SESSION. Answers to interactions go to the fake REST API, as with Discord. Whatever a
/// client got wrong is in <see cref="Violations"/>.
/// </summary>
public sealed class FakeDiscordGateway : IAsyncDisposable
{
    private const int HeartbeatIntervalMs = 5_000;
    private const int GuildsIntent = 1;
    private readonly WebApplication _app;
    private readonly string _token;
    private readonly string _applicationId;
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly Lock _gate = new();
    private Connection? _current;
    private TaskCompletionSource _ready = NewSignal();
    private string? _sessionId;
    private int _sequence;
    private int _connections;
    private int _identifies;
    private int _resumes;
    private int _heartbeats;

    private FakeDiscordGateway(WebApplication app, FakeDiscordGatewayGuild guild, string token, string applicationId)
    {
        _app = app;
        Guild = guild;
        _token = token;
        _applicationId = applicationId;
        app.UseWebSockets();
        app.Map("/gateway", AcceptAsync);
    }

    public FakeDiscordGatewayGuild Guild { get; }

    /// <summary>What DISCORD_GATEWAY_URL should be, e.g. ws://127.0.0.1:41234/gateway.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>WebSocket connections accepted so far (one per process that held the Gateway, plus reconnects).</summary>
    public int Connections => Volatile.Read(ref _connections);

    public int Identifies => Volatile.Read(ref _identifies);

    public int Resumes => Volatile.Read(ref _resumes);

    public int Heartbeats => Volatile.Read(ref _heartbeats);

    public bool IsConnected => Volatile.Read(ref _current) is not null;

    public IReadOnlyCollection<string> Violations => _violations;

    public static async Task<FakeDiscordGateway> StartAsync(FakeDiscordGatewayGuild guild, string token, string applicationId)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var gateway = new FakeDiscordGateway(builder.Build(), guild, token, applicationId);
        await gateway._app.StartAsync();
        gateway.Url = new Uri(gateway._app.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/gateway");
        return gateway;
    }

    /// <summary>Completes once a client has identified (READY) or resumed (RESUMED) on the current connection.</summary>
    public Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _ready.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Dispatches INTERACTION_CREATE with the given interaction object to the connected client.</summary>
    public async Task SendInteractionAsync(JsonObject interaction, CancellationToken cancellationToken)
    {
        var connection = Volatile.Read(ref _current) ?? throw new InvalidOperationException("no client is connected to the fake Gateway");
        await connection.SendAsync(FakeDiscordGatewayPayloads.Dispatch("INTERACTION_CREATE", Interlocked.Increment(ref _sequence), interaction), cancellationToken);
    }

    /// <summary>Cuts the connection without a close frame, as a network drop would; the client should resume.</summary>
    public void Drop()
    {
        var connection = TakeCurrent();
        connection?.Context.Abort();
    }

    /// <summary>Op 7 RECONNECT: the client must reconnect and resume.</summary>
    public async Task SendReconnectAsync(CancellationToken cancellationToken)
    {
        var connection = TakeCurrent() ?? throw new InvalidOperationException("no client is connected");
        await connection.SendAsync(FakeDiscordGatewayPayloads.Reconnect(), cancellationToken);
    }

    /// <summary>Op 9 INVALID_SESSION: the session is gone; the client must identify again.</summary>
    public async Task SendInvalidSessionAsync(CancellationToken cancellationToken)
    {
        Connection? connection;
        lock (_gate)
        {
            connection = _current ?? throw new InvalidOperationException("no client is connected");
            _sessionId = null;
            if (_ready.Task.IsCompleted)
            {
                _ready = NewSignal();
            }
        }

        await connection.SendAsync(FakeDiscordGatewayPayloads.InvalidSession(resumable: false), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        TakeCurrent()?.Context.Abort();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Connection? TakeCurrent()
    {
        lock (_gate)
        {
            var connection = _current;
            _current = null;
            if (_ready.Task.IsCompleted)
            {
                _ready = NewSignal();
            }

            return connection;
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Interlocked.Increment(ref _connections);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new Connection(context, socket);
        lock (_gate)
        {
            _current = connection;
        }

        try
        {
            await connection.SendAsync(FakeDiscordGatewayPayloads.Hello(HeartbeatIntervalMs), context.RequestAborted);
            while (await connection.ReceiveAsync(context.RequestAborted) is { } frame)
            {
                await HandleAsync(connection, frame, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client (or a test's Drop) went away.
        }
        finally
        {
            lock (_gate)
            {
                if (_current == connection)
                {
                    _current = null;
                    if (_ready.Task.IsCompleted)
                    {
                        _ready = NewSignal();
                    }
                }
            }
        }
    }

    private async Task HandleAsync(Connection connection, JsonObject frame, CancellationToken cancellationToken)
    {
        var op = frame["op"]?.GetValue<int>();
        var data = frame["d"] as JsonObject;
        switch (op)
        {
            case 1:
                Interlocked.Increment(ref _heartbeats);
                await connection.SendAsync(FakeDiscordGatewayPayloads.HeartbeatAck(), cancellationToken);
                break;
            case 2:
                await IdentifyAsync(connection, data, cancellationToken);
                break;
            case 6:
                await ResumeAsync(connection, data, cancellationToken);
                break;
            case 3:
                // Presence updates are allowed and change nothing here.
                break;
            default:
                _violations.Enqueue($"unexpected opcode {op?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}");
                break;
        }
    }

    private async Task IdentifyAsync(Connection connection, JsonObject? data, CancellationToken cancellationToken)
    {
        if ((string?)data?["token"] != _token)
        {
            _violations.Enqueue("IDENTIFY with a wrong token");
            await connection.CloseAsync(4004, "Authentication failed.", cancellationToken);
            return;
        }

        if (((int?)data?["intents"] ?? 0) is var intents && (intents & GuildsIntent) == 0)
        {
            _violations.Enqueue($"IDENTIFY without the Guilds intent ({intents})");
        }

        string sessionId;
        lock (_gate)
        {
            sessionId = _sessionId = "session-" + Guid.NewGuid().ToString("N");
            _sequence = 0;
        }

        Interlocked.Increment(ref _identifies);
        await connection.SendAsync(FakeDiscordGatewayPayloads.Dispatch("READY", Interlocked.Increment(ref _sequence),
            FakeDiscordGatewayPayloads.Ready(_applicationId, sessionId, Url, Guild)), cancellationToken);
        await connection.SendAsync(FakeDiscordGatewayPayloads.Dispatch("GUILD_CREATE", Interlocked.Increment(ref _sequence),
            FakeDiscordGatewayPayloads.GuildCreate(Guild)), cancellationToken);
        SignalReady();
    }

    private async Task ResumeAsync(Connection connection, JsonObject? data, CancellationToken cancellationToken)
    {
        string? sessionId;
        lock (_gate)
        {
            sessionId = _sessionId;
        }

        if ((string?)data?["token"] != _token || sessionId is null || (string?)data?["session_id"] != sessionId)
        {
            _violations.Enqueue(sessionId is null ? "RESUME of an invalidated session" : "RESUME with a wrong token or session");
            await connection.SendAsync(FakeDiscordGatewayPayloads.InvalidSession(resumable: false), cancellationToken);
            return;
        }

        Interlocked.Increment(ref _resumes);
        await connection.SendAsync(FakeDiscordGatewayPayloads.Dispatch("RESUMED", Interlocked.Increment(ref _sequence), new JsonObject()), cancellationToken);
        SignalReady();
    }

    private void SignalReady()
    {
        lock (_gate)
        {
            _ready.TrySetResult();
        }
    }

    private sealed class Connection(HttpContext context, WebSocket socket) : IDisposable
    {
        private readonly SemaphoreSlim _sending = new(1, 1);

        public void Dispose() => _sending.Dispose();

        public HttpContext Context => context;

        public async Task SendAsync(JsonObject payload, CancellationToken cancellationToken)
        {
            var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
            await _sending.WaitAsync(cancellationToken);
            try
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
            finally
            {
                _sending.Release();
            }
        }

        public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken) =>
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);

        public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[8192];
            while (true)
            {
                var result = await socket.ReceiveAsync(chunk, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                buffer.Write(chunk, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return JsonNode.Parse(buffer.ToArray()) as JsonObject ?? [];
                }
            }
        }
    }
}
