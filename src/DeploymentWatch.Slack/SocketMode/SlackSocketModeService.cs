using DeploymentWatch.Slack.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection up while SLACK_APP_TOKEN is set: a fresh URL from apps.connections.open for
/// every connection, reconnect at once after Slack's disconnect, back off 1 s, 6 s, 11 s … up to 5 minutes after
/// failures (as SlackNet does), stop when Slack refuses the token or disables Socket Mode.
/// </summary>
internal sealed class SlackSocketModeService(
    ISlackApiClient api,
    SlackSocketModeConnection connection,
    IOptions<SlackOptions> options,
    TimeProvider timeProvider,
    ILogger<SlackSocketModeService> logger) : BackgroundService
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);

    public static TimeSpan Backoff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(1 + (5.0 * (Math.Max(failures, 1) - 1)), MaxBackoff.TotalSeconds));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.HasAppToken)
        {
            logger.LogInformation("Slack Socket Mode off: {Key} not set", SlackOptions.AppTokenKey);
            return;
        }

        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var open = await api.OpenConnectionAsync(stoppingToken);
            if (open.Status == SlackCallStatus.Error)
            {
                logger.LogError("Slack Socket Mode stopped: apps.connections.open answered {Error}", open.Error);
                return;
            }

            if (open.IsOk)
            {
                switch (await ConnectAsync(open.Value!, stoppingToken))
                {
                    case SlackSocketSessionEnd.Disabled:
                        logger.LogError("Slack Socket Mode stopped: Socket Mode is disabled for this app");
                        return;
                    case SlackSocketSessionEnd.RefreshRequested:
                        failures = 0;
                        continue;
                    case SlackSocketSessionEnd.DroppedAfterHello:
                        failures = 0;
                        break;
                }
            }

            failures++;
            var wait = open.Status == SlackCallStatus.RateLimited ? open.RetryAfter ?? Backoff(failures) : Backoff(failures);
            logger.LogWarning("Slack Socket Mode reconnecting in {Wait}", wait);
            await Task.Delay(wait, timeProvider, stoppingToken);
        }
    }

    private async Task<SlackSocketSessionEnd> ConnectAsync(Uri url, CancellationToken stoppingToken)
    {
        try
        {
            return await connection.RunAsync(url, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The wss URL carries a ticket, so only the failure's type is logged.
            logger.LogWarning("Slack Socket Mode connection failed: {Error}", ex.GetType().Name);
            return SlackSocketSessionEnd.DroppedBeforeHello;
        }
    }
}
