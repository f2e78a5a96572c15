using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Configuration;
using DeploymentWatch.Storage.Health;

namespace DeploymentWatch.Endpoints;

/// <summary>
/// GET /healthz: 200 when storage answers, with each channel's state ("off: DISCORD_BOT_TOKEN not set") and the
/// number of pending outbox entries; 503 when storage does not answer, or when the last write failed (a full disk
/// still answers reads) until a write succeeds.
/// </summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (IOutboxStore outbox, IEnumerable<IChannelStatus> channels, FeedsFile feeds, StorageHealth storageHealth, CancellationToken cancellationToken) =>
        {
            var channelStates = channels.Select(c => new { platform = c.Platform, enabled = c.Enabled, detail = c.Detail }).ToArray();
            try
            {
                var pending = await outbox.CountPendingAsync(cancellationToken);
                if (storageHealth.WriteFailure is { } failure)
                {
                    return Results.Json(
                        new { status = "unhealthy", storage = "error: " + failure, feeds = feeds.Feeds.Count, outboxPending = (int?)pending, channels = channelStates },
                        statusCode: StatusCodes.Status503ServiceUnavailable);
                }

                return Results.Json(new { status = "ok", storage = "ok", feeds = feeds.Feeds.Count, outboxPending = pending, channels = channelStates });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Json(
                    new { status = "unhealthy", storage = "error: " + ex.Message, feeds = feeds.Feeds.Count, outboxPending = (int?)null, channels = channelStates },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
