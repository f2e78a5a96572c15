using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Polling;

/// <summary>
/// Seen keys (<see cref="SeenKey"/>): one 8-byte primary key per item id and per title, so that two instances
/// racing on an item cannot both record it, and a row costs about 40 bytes. seen_at is when the feed last listed
/// the item (refreshed sparingly); retention deletes keys by it. Lists go in as one JSON parameter per statement.
/// </summary>
internal sealed class SeenItemStore(StorageDatabase database) : ISeenItemStore
{
    // Bounded statements: a feed of 10,000 items is looked up in a few round trips, not one nor ten thousand.
    private const int Chunk = 2_000;

    public async Task<IReadOnlySet<long>> FindAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new HashSet<long>();
        if (keys.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await FindAsync(database, connection, null, keys, found, cancellationToken);
        return found;
    }

    public async Task MarkAsync(IReadOnlyCollection<long> keys, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await InsertAsync(database, connection, transaction, keys, seenAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> RefreshAsync(
        IReadOnlyCollection<long> keys, DateTimeOffset seenAt, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return 0;
        }

        var sql = $"UPDATE seen_keys SET seen_at = @seen_at WHERE seen_at < @stale_before AND key IN {JsonList.Integers(database, "@keys")}";
        var updated = 0;
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in keys.Chunk(Chunk))
        {
            await using var command = database.Command(connection, null, sql).Json("@keys", JsonList.Of(chunk));
            SeenTime(database, command, "@seen_at", seenAt);
            SeenTime(database, command, "@stale_before", staleBefore);
            updated += await command.ExecuteAsync(cancellationToken);
        }

        return updated;
    }

    internal static async Task FindAsync(
        StorageDatabase database, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction,
        IReadOnlyCollection<long> keys, HashSet<long> found, CancellationToken cancellationToken)
    {
        var sql = $"SELECT key FROM seen_keys WHERE key IN {JsonList.Integers(database, "@keys")}";
        foreach (var chunk in keys.Chunk(Chunk))
        {
            await using var command = database.Command(connection, transaction, sql).Json("@keys", JsonList.Of(chunk));
            found.UnionWith(await command.ListAsync(row => row.Int64("key"), cancellationToken));
        }
    }

    // ON CONFLICT DO NOTHING: a key another instance recorded first stays as it is, in one atomic statement.
    internal static async Task InsertAsync(
        StorageDatabase database, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction,
        IReadOnlyCollection<long> keys, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        var sql = database.IsPostgres
            ? "INSERT INTO seen_keys (key, seen_at) SELECT k::bigint, @seen_at FROM jsonb_array_elements_text(@keys) AS k ON CONFLICT (key) DO NOTHING"
            : "INSERT INTO seen_keys (key, seen_at) SELECT value, @seen_at FROM json_each(@keys) WHERE true ON CONFLICT (key) DO NOTHING";
        foreach (var chunk in keys.Chunk(Chunk))
        {
            await using var command = database.Command(connection, transaction, sql).Json("@keys", JsonList.Of(chunk));
            SeenTime(database, command, "@seen_at", seenAt);
            await command.ExecuteAsync(cancellationToken);
        }
    }

    /// <summary>seen_at is a timestamptz on PostgreSQL and Unix seconds on SQLite (8 bytes instead of 28 of text).</summary>
    internal static void SeenTime(StorageDatabase database, StorageCommand command, string name, DateTimeOffset value)
    {
        if (database.IsPostgres)
        {
            command.Time(name, value);
        }
        else
        {
            command.Int64(name, value.ToUnixTimeSeconds());
        }
    }
}
