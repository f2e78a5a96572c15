using System.Data.Common;
using System.Globalization;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace DeploymentWatch.Storage.Sqlite;

/// <summary>The embedded default: one SQLite file, WAL so that readers never wait for the writer.</summary>
internal sealed class SqliteDatabase : StorageDatabase
{
    // Fixed width and always UTC, so that comparing the text compares the instants and every tick survives.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    // Per connection: wait for the writer instead of failing with SQLITE_BUSY, and enforce foreign keys (off by default).
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

    private readonly string connectionString;
    private readonly SqliteWriteGate writeGate;

    public SqliteDatabase(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        FilePath = fullPath;
        writeGate = SqliteWriteGate.For(fullPath);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
        }.ToString();
    }

    public string FilePath { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string VersionTableSql => SqliteMigrations.CreateVersionTable;

    public override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // SQLite has one writer: this process's writers queue for it in order instead of polling the file lock.
    internal override async Task<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) =>
        await writeGate.EnterAsync(cancellationToken);

    // BEGIN IMMEDIATE: take the write lock at the start, so two writers queue on busy_timeout instead of one
    // failing when it upgrades a read lock half-way through (SQLite's deferred default).
    protected override ValueTask<DbTransaction> BeginEngineWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override async Task PrepareForMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // journal_mode is stored in the file and cannot change inside a transaction, so it is set here, once per start.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);

        // The seen-key hash for the migration that turns seen_items rows into keys (SQLite has no SHA-256 in SQL).
        ((SqliteConnection)connection).CreateFunction(
            "dw_seen_key", (string kind, string feedId, string value) => SeenKey.Of(kind[0], feedId, value), isDeterministic: true);
    }

    // The IMMEDIATE transaction already holds the only write lock of the file.
    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Full, I/O error, read-only, cannot open, corrupt: the file cannot take writes (not a constraint or a busy lock).</summary>
    protected override string? StorageFailure(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 13 or 10 or 8 or 14 or 11 or 26 } sqlite
            ? sqlite.Message
            : base.StorageFailure(exception);

    public override void SetTime(DbParameter parameter, DateTimeOffset? value)
    {
        parameter.DbType = System.Data.DbType.String;
        parameter.Value = value is { } time ? time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) : DBNull.Value;
    }

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(
            reader.GetString(ordinal),
            TimeFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void SetJson(DbParameter parameter, string json)
    {
        parameter.DbType = System.Data.DbType.String;
        parameter.Value = json;
    }
}
