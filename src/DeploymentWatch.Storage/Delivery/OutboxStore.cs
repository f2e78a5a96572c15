using System.Data.Common;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Delivery;

/// <summary>
/// The outbox with leased claims: a claim sets claimed_until and claimed_by instead of a status, so an instance that
/// dies mid-send leaves an entry that any instance claims again once the (short, renewed) lease has run out. The document is stored as JSON
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

    public Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(
        DateTimeOffset now, int limit, TimeSpan lease, string claimant, CancellationToken cancellationToken) =>
        ClaimAsync(database.IsPostgres ? OutboxSql.ClaimDuePostgres : OutboxSql.ClaimDueSqlite, null, now, limit, lease, claimant, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ClaimChannelAsync(
        ChannelAddress channel, DateTimeOffset now, int limit, TimeSpan lease, string claimant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return ClaimAsync(
            database.IsPostgres ? OutboxSql.ClaimChannelPostgres : OutboxSql.ClaimChannelSqlite, channel, now, limit, lease, claimant, cancellationToken);
    }

    public Task RenewClaimsAsync(string claimant, DateTimeOffset until, CancellationToken cancellationToken) =>
        ExecuteAsync(OutboxSql.RenewClaims, c => c.Text("@claimant", claimant).Time("@claimed_until", until), cancellationToken);

    public Task ReleaseAsync(long id, string? attemptError, CancellationToken cancellationToken) =>
        ExecuteAsync(OutboxSql.Release, c => c.Int64("@id", id).Text("@error", attemptError), cancellationToken);

    public Task ReleaseClaimsAsync(string claimant, CancellationToken cancellationToken) =>
        ExecuteAsync(OutboxSql.ReleaseClaims, c => c.Text("@claimant", claimant), cancellationToken);

    public Task MarkDeliveredAsync(long id, string? messageRef, DateTimeOffset deliveredAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            OutboxSql.MarkDelivered,
            c => c.Int64("@id", id).Text("@message_ref", messageRef).Time("@delivered_at", deliveredAt),
            cancellationToken);

    public Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(OutboxSql.MarkFailed, c => c.Int64("@id", id).Text("@reason", reason), cancellationToken);

    public Task SkipAsync(long id, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(OutboxSql.Skip, c => c.Int64("@id", id).Text("@reason", reason), cancellationToken);

    public Task CancelPendingAsync(ChannelAddress channel, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return ExecuteAsync(OutboxSql.CancelPending, c => c.Channel(channel).Text("@reason", reason), cancellationToken);
    }

    public Task PauseAsync(ChannelPause pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pause);
        return ExecuteAsync(
            OutboxSql.Pause, c => c.Channel(pause.Channel).Time("@until", pause.Until).Text("@reason", pause.Reason), cancellationToken);
    }

    public async Task<IReadOnlyList<ChannelPause>> ListPausesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, OutboxSql.ListPauses).Time("@now", now);
        return await command.ListAsync(
            row => new ChannelPause(ReadChannel(row), row.Time("until"), row.Text("reason")), cancellationToken);
    }

    public async Task<IReadOnlyList<ChannelAddress>> ListBackloggedAsync(
        DateTimeOffset now, int minEntries, DateTimeOffset queuedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, OutboxSql.ListBacklogged)
            .Time("@now", now)
            .Int32("@min_entries", minEntries)
            .Time("@queued_before", queuedBefore);
        return await command.ListAsync(ReadChannel, cancellationToken);
    }

    public async Task<bool> MergeAsync(
        IReadOnlyList<long> mergedIds, IReadOnlyList<OutboxEntry> digests, string claimant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mergedIds);
        ArgumentNullException.ThrowIfNull(digests);
        var reason = "merged into backlog digest " + (digests.Count > 0 ? digests[0].Key : "(none)");
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        foreach (var id in mergedIds)
        {
            await using var command = database.Command(connection, transaction, OutboxSql.Merge)
                .Int64("@id", id)
                .Text("@claimant", claimant)
                .Text("@reason", reason);
            if (await command.ExecuteAsync(cancellationToken) != 1)
            {
                // Someone else took it meanwhile (its lease ran out): merge nothing rather than part of the set.
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }

        await InsertAsync(database, connection, transaction, digests, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
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

    public async Task<string?> LastRefusalAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, OutboxSql.LastRefusal).Channel(channel);
        return await command.FirstOrDefaultAsync(row => row.Text("last_error"), cancellationToken);
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
                .Text("@depends_on", entry.DependsOn)
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

    private async Task<IReadOnlyList<OutboxEntry>> ClaimAsync(
        string sql, ChannelAddress? channel, DateTimeOffset now, int limit, TimeSpan lease, string claimant, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimant);
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        List<OutboxEntry> claimed;
        await using (var command = database.Command(connection, transaction, sql))
        {
            command.Time("@claimed_until", now + lease).Time("@now", now).Int32("@limit", limit).Text("@claimant", claimant);
            if (channel is not null)
            {
                command.Channel(channel);
            }

            claimed = await command.ListAsync(Read, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        // RETURNING follows no ORDER BY; the contract is oldest first.
        return claimed.OrderBy(e => e.DueAt).ThenBy(e => e.Id).ToList();
    }

    private static ChannelAddress ReadChannel(StorageRow row) =>
        new(row.Text("platform"), row.Text("workspace"), row.Text("channel"));

    private static OutboxEntry Read(StorageRow row) => new(
        row.Int64("id"),
        row.Text("key"),
        ReadChannel(row),
        StorageJson.Deserialize<MessageDocument>(row.Text("document")),
        row.NullableText("alert_id"),
        row.NullableText("edits_alert_id"),
        row.Int32("attempts"),
        row.Time("due_at"),
        row.NullableText("depends_on"));
}
