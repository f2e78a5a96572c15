using System.Data.Common;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Migrations;
using Npgsql;
using NpgsqlTypes;

namespace DeploymentWatch.Storage.Postgres;

/// <summary>PostgreSQL, for several instances sharing one database (and Quartz's clustered job store).</summary>
internal sealed class PostgresDatabase(NpgsqlDataSource dataSource) : StorageDatabase, IAsyncDisposable, IDisposable
{
    // Any constant shared by every instance of the bot: "DWSTORE" in ASCII.
    private const long MigrationLockKey = 0x0044_5753_544F_5245;

    private const string LockSql = "SELECT pg_advisory_xact_lock(@key)";

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string VersionTableSql => PostgresMigrations.CreateVersionTable;

    public override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    // READ COMMITTED (the default): the claim relies on row locks and SKIP LOCKED, not on serializable snapshots.
    protected override async ValueTask<DbTransaction> BeginEngineWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    // A transaction-scoped advisory lock: a second instance starting at the same moment waits here, then sees the
    // versions the first one recorded; the lock ends with the transaction, even if the process dies.
    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, LockSql).Int64("@key", MigrationLockKey);
        await command.ExecuteAsync(cancellationToken);
    }

    /// <summary>Class 53 (disk full, out of memory), 58 (I/O), 25006 (read-only), 08 (connection lost).</summary>
    protected override string? StorageFailure(Exception exception) =>
        exception is PostgresException { SqlState: ['5', '3', ..] or ['5', '8', ..] or "25006" or ['0', '8', ..] } postgres
            ? postgres.MessageText
            : exception is NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException } npgsql
                ? npgsql.Message
                : base.StorageFailure(exception);

    public override void SetTime(DbParameter parameter, DateTimeOffset? value)
    {
        // Npgsql writes timestamptz only from UTC offsets; PostgreSQL keeps microseconds (a tick is 0.1 µs).
        parameter.DbType = System.Data.DbType.DateTimeOffset;
        parameter.Value = value is { } time ? time.ToUniversalTime() : DBNull.Value;
    }

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override void SetJson(DbParameter parameter, string json)
    {
        ((NpgsqlParameter)parameter).NpgsqlDbType = NpgsqlDbType.Jsonb;
        parameter.Value = json;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();
}
