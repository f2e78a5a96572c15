using DeploymentWatch.Application.Retention;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Polling;

namespace DeploymentWatch.Storage.Retention;

/// <summary>
/// Pruning by horizon. Alerts that reported figures stay (they are the figure history `figures` answers from, and
/// their rows cascade); so does anything a pending outbox row still needs.
/// </summary>
internal sealed class RetentionStore(StorageDatabase database) : IRetentionStore
{
    private const string PruneSeenSql = "DELETE FROM seen_keys WHERE seen_at < @before";

    private const string PruneOutboxSql = """
        DELETE FROM outbox WHERE status <> 'pending' AND COALESCE(delivered_at, due_at) < @before
        """;

    private const string PruneAlertsSql = """
        DELETE FROM alerts
        WHERE created_at < @before
          AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.alert_id = alerts.id)
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE (o.alert_id = alerts.id OR o.edits_alert_id = alerts.id) AND o.status = 'pending')
        """;

    public async Task<int> PruneSeenItemsAsync(DateTimeOffset lastSeenBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, PruneSeenSql);
        SeenItemStore.SeenTime(database, command, "@before", lastSeenBefore);
        return await command.ExecuteAsync(cancellationToken);
    }

    public Task<int> PruneOutboxAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken) =>
        DeleteAsync(PruneOutboxSql, finishedBefore, cancellationToken);

    public Task<int> PruneAlertsAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken) =>
        DeleteAsync(PruneAlertsSql, createdBefore, cancellationToken);

    private async Task<int> DeleteAsync(string sql, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, sql).Time("@before", before);
        return await command.ExecuteAsync(cancellationToken);
    }
}
