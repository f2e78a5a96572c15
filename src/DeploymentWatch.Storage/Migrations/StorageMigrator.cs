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
    private const string AppliedVersionsSql = "SELECT version FROM schema_version";

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

        HashSet<int> applied;
        await using (var read = database.Command(connection, transaction, AppliedVersionsSql))
        {
            applied = [.. await read.ListAsync(row => row.Int32("version"), cancellationToken)];
        }

        var current = applied.Count == 0 ? 0 : applied.Max();
        var latest = database.Migrations.Max(m => m.Version);
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"The {database.Provider} database is at schema version {current}, newer than this build knows ({latest}); run a newer build.");
        }

        // Every version not yet recorded, in order: versions are numbered by the branch that adds them, so one may
        // land after a higher one was applied (a gap filled later) and must still run.
        var pending = database.Migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version).ToList();
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
