using System.Data.Common;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Delivery;

/// <summary>
/// The outbox with leased claims: a claim sets claimed_until instead of a status, so an instance that dies mid-send
/// leaves an entry that any instance claims again once the lease has run out. The document is stored as JSON
/// without its attachment (a chart's bytes do not belong in a queue row; whoever needs one renders it again).
/// </summary>
internal sealed class OutboxStore(StorageDatabase database) : IOutboxStore
{
    public async Task EnqueueAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await InsertAsync(database, connection, transaction, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(
        DateTimeOffset now, int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        List<OutboxEntry> claimed;
        await using (var command = database.Command(
            connection, transaction, database.IsPostgres ? OutboxSql.ClaimPostgres : OutboxSql.ClaimSqlite))
        {
            command.Time("@claimed_until", now + lease).Time("@now", now).Int32("@limit", limit);
            claimed = await command.ListAsync(Read, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        // RETURNING follows no ORDER BY; the contract is oldest first.
        return claimed.OrderBy(e => e.DueAt).ThenBy(e => e.Id).ToList();
    }

    public Task MarkDeliveredAsync(long id, string? messageRef, DateTimeOffset deliveredAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            OutboxSql.MarkDelivered,
            c => c.Int64("@id", id).Text("@message_ref", messageRef).Time("@delivered_at", deliveredAt),
            cancellationToken);

    public Task RescheduleAsync(long id, DateTimeOffset dueAt, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(
            OutboxSql.Reschedule, c => c.Int64("@id", id).Time("@due_at", dueAt).Text("@reason", reason), cancellationToken);

    public Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(OutboxSql.MarkFailed, c => c.Int64("@id", id).Text("@reason", reason), cancellationToken);

    public Task CancelPendingAsync(ChannelAddress channel, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return ExecuteAsync(OutboxSql.CancelPending, c => c.Channel(channel).Text("@reason", reason), cancellationToken);
    }

    public async Task<string?> FindMessageRefAsync(string alertId, ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, OutboxSql.FindMessageRef)
            .Text("@alert_id", alertId)
            .Channel(channel);
        return await command.FirstOrDefaultAsync(row => row.Text("message_ref"), cancellationToken);
    }

    public async Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, OutboxSql.CountPending);
        return (await command.ListAsync(row => row.Int32("n"), cancellationToken))[0];
    }

    /// <summary>Adds entries inside the caller's transaction (also the alert's, see AlertStore); existing keys are skipped.</summary>
    internal static async Task InsertAsync(
        StorageDatabase database,
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<OutboxEntry> entries,
        CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            await using var command = database.Command(connection, transaction, OutboxSql.Insert)
                .Text("@key", entry.Key)
                .Channel(entry.Channel)
                .Json("@document", StorageJson.Serialize(entry.Document with { Attachment = null }))
                .Text("@alert_id", entry.AlertId)
                .Text("@edits_alert_id", entry.EditsAlertId)
                .Int32("@attempts", entry.Attempts)
                .Time("@due_at", entry.DueAt);
            await command.ExecuteAsync(cancellationToken);
        }
    }

    private async Task ExecuteAsync(string sql, Action<StorageCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, sql);
        bind(command);
        await command.ExecuteAsync(cancellationToken);
    }

    private static OutboxEntry Read(StorageRow row) => new(
        row.Int64("id"),
        row.Text("key"),
        new ChannelAddress(row.Text("platform"), row.Text("workspace"), row.Text("channel")),
        StorageJson.Deserialize<MessageDocument>(row.Text("document")),
        row.NullableText("alert_id"),
        row.NullableText("edits_alert_id"),
        row.Int32("attempts"),
        row.Time("due_at"));
}
