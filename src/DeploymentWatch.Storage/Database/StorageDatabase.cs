using System.Data.Common;
using DeploymentWatch.Storage.Migrations;

namespace DeploymentWatch.Storage.Database;

/// <summary>
/// One database engine as the stores see it: how to open a connection, start a write transaction, and convert the
/// values whose storage differs (times, JSON). Everything else (the SQL itself) is shared where the dialects agree.
/// </summary>
internal abstract class StorageDatabase
{
    public abstract StorageProvider Provider { get; }

    public bool IsPostgres => Provider == StorageProvider.Postgres;

    /// <summary>Creates the schema_version table if missing (its time column is the engine's time type).</summary>
    public abstract string VersionTableSql { get; }

    /// <summary>Migrations of this engine, oldest first.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>An open connection; each operation opens its own and disposes it (pooling makes that cheap).</summary>
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that holds the write lock from its first statement where the engine needs that.</summary>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Runs on the migration connection before its transaction (settings that cannot change inside one).</summary>
    public virtual Task PrepareForMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs first in the migration transaction so that concurrent starts apply migrations one at a time.</summary>
    public abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract void SetTime(DbParameter parameter, DateTimeOffset? value);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public abstract void SetJson(DbParameter parameter, string json);

    public StorageCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return new StorageCommand(this, command);
    }
}
