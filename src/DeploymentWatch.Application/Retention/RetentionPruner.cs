using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Application.Retention;

/// <summary>One pruning pass over seen items, finished outbox rows and old alerts, by the configured horizons.</summary>
public sealed class RetentionPruner(IRetentionStore store, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionPruner> logger)
{
    public async Task<RetentionSummary> PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var summary = new RetentionSummary(
            await store.PruneSeenItemsAsync(now - settings.SeenItems, cancellationToken),
            await store.PruneOutboxAsync(now - settings.DeliveredOutbox, cancellationToken),
            await store.PruneAlertsAsync(now - settings.Alerts, cancellationToken));
        if (summary.Total > 0)
        {
            logger.LogInformation(
                "Pruned {Seen} seen items, {Outbox} finished outbox rows, {Alerts} alerts",
                summary.SeenItems, summary.OutboxRows, summary.Alerts);
        }

        return summary;
    }
}
