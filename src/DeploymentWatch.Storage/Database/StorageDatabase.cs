using System.Data.Common;
using DeploymentWatch.Storage.Health;
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

    /// <summary>Told about every write that fails for a storage reason and every write that commits; null in tools.</summary>
    public StorageHealth? Health { get; set; }

    /// <summary>
    /// A transaction that holds the write lock from its first statement where the engine needs that, and reports
    /// its commit to <see cref="Health"/>.
    /// </summary>
    public async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var turn = await EnterWriteAsync(cancellationToken);
        try
        {
            return new ObservedTransaction(await BeginEngineWriteAsync(connection, cancellationToken), this, turn);
        }
        catch (Exception ex) when (Observe(ex))
        {
            throw;
        }
        catch
        {
            turn?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Waits for this process's turn to write where the engine has a single writer (SQLite); null where writers
    /// run side by side (PostgreSQL). A transaction holds its turn until it is disposed, a lone statement while it runs.
    /// </summary>
    internal virtual Task<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    /// <summary>The engine's own write transaction (see <see cref="BeginWriteAsync"/>).</summary>
    protected abstract ValueTask<DbTransaction> BeginEngineWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Why an exception means the storage itself cannot take writes (disk full, I/O, read-only), else null.</summary>
    protected virtual string? StorageFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException ? exception.Message : null;

    /// <summary>Records a storage failure on <see cref="Health"/>; never catches (an exception filter).</summary>
    internal bool Observe(Exception exception)
    {
        if (Health is not null && StorageFailure(exception) is { } reason)
        {
            Health.WriteFailed(reason.ReplaceLineEndings(" "));
        }

        return false;
    }

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
        command.Transaction = transaction is ObservedTransaction observed ? observed.Inner : transaction;
        command.CommandText = sql;
        return new StorageCommand(this, command);
    }
}
