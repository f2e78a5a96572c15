namespace DeploymentWatch.Application.Retention;

/// <summary>Deletes what is past its horizon; each call returns how many rows went.</summary>
public interface IRetentionStore
{
    Task<int> PruneSeenItemsAsync(DateTimeOffset lastSeenBefore, CancellationToken cancellationToken);

    /// <summary>Delivered, failed or cancelled outbox rows finished before the time; pending rows are never pruned.</summary>
    Task<int> PruneOutboxAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken);

    /// <summary>Alerts created before the time that reported no figures, and that no pending outbox row refers to.</summary>
    Task<int> PruneAlertsAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken);
}
