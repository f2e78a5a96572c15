using DeploymentWatch.Discord.Commands;

namespace DeploymentWatch.Composition;

/// <summary>
/// Upserts the Discord slash commands when the service starts (a bulk overwrite, so repeating it is harmless).
/// A failure is logged and the service keeps running: alerts and the other platforms do not depend on it.
/// </summary>
internal sealed class DiscordCommandRegistration(DiscordCommandRegistrar registrar, ILogger<DiscordCommandRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var result = await registrar.RegisterAsync(stoppingToken);
            logger.LogInformation("Discord commands: {Detail}", result.Detail);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Discord command registration failed: {Reason}", ex.Message);
        }
    }
}
