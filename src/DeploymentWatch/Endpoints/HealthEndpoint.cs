using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Configuration;
using DeploymentWatch.Storage.Health;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Endpoints;

/// <summary>
/// GET /healthz: 200 when storage answers and polling is not stuck, with each channel's state ("off:
/// DISCORD_BOT_TOKEN not set") and the number of pending outbox entries; 503 when storage does not answer, when the
/// last write failed (a full disk still answers reads) until a write succeeds, or when a feed's poll has run longer
/// than Polling:StuckAfter (a source that never answers past every timeout).
/// </summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (
            IOutboxStore outbox,
            IEnumerable<IChannelStatus> channels,
            FeedsFile feeds,
            PollingActivity polling,
            IOptions<PollingOptions> pollingOptions,
            StorageHealth storageHealth,
            CancellationToken cancellationToken) =>
        {
            var channelStates = channels.Select(c => new { platform = c.Platform, enabled = c.Enabled, detail = c.Detail }).ToArray();
            var stuck = polling.Stuck(pollingOptions.Value.StuckAfter);
            var pollingState = stuck is { } s
                ? $"stuck: feed {s.FeedId} has been polling for {s.For.TotalMinutes:0} min"
                : polling.LastPollFinishedAt is { } at ? $"ok: last poll finished {at:u}" : "ok";
            try
            {
                var pending = await outbox.CountPendingAsync(cancellationToken);
                if (storageHealth.WriteFailure is { } failure)
                {
                    return Results.Json(
                        new { status = "unhealthy", storage = "error: " + failure, polling = pollingState, feeds = feeds.Feeds.Count, outboxPending = (int?)pending, channels = channelStates },
                        statusCode: StatusCodes.Status503ServiceUnavailable);
                }

                return Results.Json(
                    new { status = stuck is null ? "ok" : "unhealthy", storage = "ok", polling = pollingState, feeds = feeds.Feeds.Count, outboxPending = (int?)pending, channels = channelStates },
                    statusCode: stuck is null ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Json(
                    new { status = "unhealthy", storage = "error: " + ex.Message, polling = pollingState, feeds = feeds.Feeds.Count, outboxPending = (int?)null, channels = channelStates },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
