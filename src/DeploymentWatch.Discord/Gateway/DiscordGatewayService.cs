using DeploymentWatch.Application.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Gateway;

/// <summary>
/// Gateway mode: takes the instance lease (every connected process would receive every interaction, so one holds
/// the Gateway), connects while it holds it, and lets go when the lease is lost or the host stops. An instance
/// without the lease tries again every <see cref="DiscordOptions.GatewayLeaseRetryInterval"/>, so it takes over
/// within a minute of the holder's death. Returns at once in HTTP mode or without a token.
/// </summary>
internal sealed class DiscordGatewayService(
    IServiceProvider services,
    IInstanceLease leases,
    DiscordGatewayStatus status,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    public const string LeaseName = "discord-gateway";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.UsesGateway)
        {
            status.Set(settings.Enabled ? "off: interactions over HTTP" : "off");
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await using var lease = await TryAcquireAsync(stoppingToken);
                if (lease is null)
                {
                    status.Set("standby: another instance holds the Gateway");
                    await Task.Delay(settings.GatewayLeaseRetryInterval, timeProvider, stoppingToken);
                    continue;
                }

                logger.LogInformation("This instance holds the Discord Gateway; connecting");
                await using (var session = ActivatorUtilities.CreateInstance<DiscordGatewaySession>(services, settings))
                {
                    await session.StartAsync();
                    while (await lease.IsHeldAsync(stoppingToken))
                    {
                        await Task.Delay(settings.GatewayLeaseCheckInterval, timeProvider, stoppingToken);
                    }
                }

                logger.LogWarning("Lost the Discord Gateway lease (database connection gone); disconnected, trying again");
                status.Set("standby: lease lost");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the session above has disconnected and the lease is released.
        }
        finally
        {
            status.Set("stopped");
        }
    }

    private async Task<IHeldLease?> TryAcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await leases.TryAcquireAsync(LeaseName, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Could not ask the database for the Discord Gateway lease: {Error}", ex.Message);
            return null;
        }
    }
}
