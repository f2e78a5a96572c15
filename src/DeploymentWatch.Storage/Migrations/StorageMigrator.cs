using DeploymentWatch.Storage.Database;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Storage.Migrations;

/// <summary>
/// Applies the engine's pending migrations in order, all in one transaction with the version rows, so a failed
/// start leaves the schema as it was; running it again finds nothing to do.
/// </summary>
internal sealed class StorageMigrator(StorageDatabase database, TimeProvider timeProvider, ILogger<StorageMigrator> logger)
    : IStorageMigrator
{
    private const string CurrentVersionSql = "SELECT COALESCE(MAX(version), 0) AS version FROM schema_version";

    private const string RecordVersionSql =
        "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @applied_at)";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await database.PrepareForMigrationAsync(connection, cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await database.LockForMigrationAsync(connection, transaction, cancellationToken);

        await using (var create = database.Command(connection, transaction, database.VersionTableSql))
        {
            await create.ExecuteAsync(cancellationToken);
        }

        int current;
        await using (var read = database.Command(connection, transaction, CurrentVersionSql))
        {
            current = (await read.ListAsync(row => row.Int32("version"), cancellationToken))[0];
        }

        var latest = database.Migrations[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"The {database.Provider} database is at schema version {current}, newer than this build knows ({latest}); run a newer build.");
        }

        var pending = database.Migrations.Where(m => m.Version > current).OrderBy(m => m.Version).ToList();
        foreach (var migration in pending)
        {
            await using (var apply = database.Command(connection, transaction, migration.Sql))
            {
                await apply.ExecuteAsync(cancellationToken);
            }

            await using var record = database.Command(connection, transaction, RecordVersionSql)
                .Int32("@version", migration.Version)
                .Text("@description", migration.Description)
                .Time("@applied_at", timeProvider.GetUtcNow());
            await record.ExecuteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation(
                "Storage ({Provider}) migrated from schema version {From} to {To}", database.Provider, current, latest);
        }
    }
}
