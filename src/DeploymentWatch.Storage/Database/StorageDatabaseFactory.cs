using DeploymentWatch.Storage.Postgres;
using DeploymentWatch.Storage.Sqlite;
using Npgsql;

namespace DeploymentWatch.Storage.Database;

/// <summary>Builds the engine the validated options name.</summary>
internal static class StorageDatabaseFactory
{
    public static StorageDatabase Create(StorageOptions options) =>
        options.IsPostgres
            ? new PostgresDatabase(NpgsqlDataSource.Create(options.PostgresConnectionString!))
            : new SqliteDatabase(options.SqlitePath);
}
