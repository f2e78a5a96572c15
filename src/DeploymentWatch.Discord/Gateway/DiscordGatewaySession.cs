using System.Collections.Concurrent;
using Discord;
using Discord.Net.Rest;
using Discord.WebSocket;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Discord.Gateway;

/// <summary>
/// One Discord.Net socket client for as long as this instance holds the Gateway. Discord.Net keeps the connection:
/// heartbeats, RECONNECT, INVALID_SESSION, and reconnect-and-resume after a drop. Interactions are handed to
/// <see cref="DiscordGatewayInteractionHandler"/> off Discord.Net's event loop (a handler that blocks it would stall
/// the heartbeat), and disposing waits for those still being answered.
/// </summary>
internal sealed class DiscordGatewaySession(
    DiscordOptions options,
    DiscordGatewayInteractionHandler handler,
    DiscordGatewayStatus status,
    ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<DiscordGatewaySession>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, bool> _handling = new();
    private DiscordSocketClient? _client;

    public async Task StartAsync()
    {
        var apiBase = options.ApiBaseUrl.AbsoluteUri;
        var rest = DefaultRestClientProvider.Create();
        var config = new DiscordSocketConfig
        {
            // Guilds (not privileged) brings roles and channel overwrites, from which member permissions are computed.
            GatewayIntents = GatewayIntents.Guilds,
            GatewayHost = options.GatewayUrl?.AbsoluteUri,

            // Discord.Net asks only for GET /gateway/bot here (delivery and answers use our own client), at our base URL.
            RestClientProvider = _ => rest(apiBase),
            LogLevel = DiscordNetLogBridge.MinimumSeverity,
            LogGatewayIntentWarnings = false,
            AlwaysDownloadUsers = false,
            MessageCacheSize = 0,
        };
        _client = new DiscordSocketClient(config);
        var bridge = new DiscordNetLogBridge(loggerFactory.CreateLogger("Discord.Net"), options.BotToken);
        _client.Log += bridge.LogAsync;
        _client.Connected += () =>
        {
            status.Connected();
            return Task.CompletedTask;
        };
        _client.Disconnected += exception =>
        {
            status.Set("reconnecting");
            _logger.LogInformation("Discord Gateway connection lost; Discord.Net reconnects and resumes ({Reason})", bridge.Redact(exception?.Message));
            return Task.CompletedTask;
        };
        _client.SlashCommandExecuted += command => Handle(ct => handler.HandleCommandAsync(command, ct));
        _client.AutocompleteExecuted += autocomplete => Handle(ct => handler.HandleAutocompleteAsync(autocomplete, ct));

        status.Set("connecting");
        await _client.LoginAsync(TokenType.Bot, options.BotToken, validateToken: false);
        await _client.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
            await _client.LogoutAsync();
            await Task.WhenAll(_handling.Keys);
            await _client.DisposeAsync();
        }

        await _stopping.CancelAsync();
        _stopping.Dispose();
    }

    private Task Handle(Func<CancellationToken, Task> work)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await work(_stopping.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                _logger.LogError("Discord Gateway interaction failed: {Error}", ex.GetType().Name);
            }
        });
        _handling.TryAdd(task, true);
        task.ContinueWith(t => _handling.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return Task.CompletedTask;
    }
}
