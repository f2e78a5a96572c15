using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Migrations;
using DeploymentWatch.Storage.Postgres;
using DeploymentWatch.Storage.Sqlite;
using DeploymentWatch.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DeploymentWatch.Storage.Tests.Migrations;

public abstract class StorageMigratorTests : StorageTestBase
{
    [Fact]
    public async Task MigrateAsync_RunAgain_AppliesNothingAndKeepsData()
    {
        var state = FeedState.New("yonhap") with { ETag = "\"v1\"" };
        await Storage.Get<IFeedStateStore>().SaveAsync(state, CancellationToken.None);

        await Storage.MigrateAsync();
        await Storage.MigrateAsync();

        Assert.Equal(Storage.Get<StorageDatabase>().Migrations.Count, await Storage.CountAsync("schema_version"));
        Assert.Equal(state, await Storage.Get<IFeedStateStore>().GetAsync("yonhap", CancellationToken.None));
    }

    [Fact]
    public async Task MigrateAsync_Applied_RecordsEveryVersionInOrder()
    {
        var database = Storage.Get<StorageDatabase>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = database.Command(connection, null, "SELECT version, applied_at FROM schema_version ORDER BY version");

        var rows = await command.ListAsync(row => (row.Int32("version"), row.Time("applied_at")), CancellationToken.None);

        Assert.Equal(database.Migrations.Select(m => m.Version), rows.Select(r => r.Item1));
        Assert.All(rows, r => Assert.Equal(Storage.Time.GetUtcNow(), r.Item2));
    }

    public sealed class Sqlite : StorageMigratorTests
    {
        [Fact]
        public async Task MigrateAsync_SqliteFile_UsesWalAndCreatedItsDirectory()
        {
            var database = (SqliteDatabase)Storage.Get<StorageDatabase>();
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await using var command = database.Command(connection, null, "PRAGMA journal_mode");

            var mode = await command.ListAsync(row => row.Text("journal_mode"), CancellationToken.None);

            Assert.Equal("wal", Assert.Single(mode));
            Assert.True(File.Exists(database.FilePath));
        }

        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : StorageMigratorTests
    {
        [Fact]
        public async Task MigrateAsync_Postgres_CreatesTheQuartzJobStoreTables()
        {
            Assert.Equal(15, await CountAsync("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name LIKE 'qrtz%'"));
            Assert.Equal(1, await CountAsync(
                "SELECT COUNT(*) AS n FROM information_schema.columns WHERE table_name = 'qrtz_triggers' AND column_name = 'fixed_delay'"));
        }

        [Fact]
        public async Task MigrateAsync_ConcurrentStartsOnFreshDatabase_ApplyEachVersionOnce()
        {
            await using var fresh = await postgres.Server.CreateDatabaseAsync(CancellationToken.None);
            var databases = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(NpgsqlDataSource.Create(fresh.ConnectionString))).ToList();
            try
            {
                await Task.WhenAll(databases.Select(db =>
                    Task.Run(() => new StorageMigrator(db, TimeProvider.System, NullLogger<StorageMigrator>.Instance).MigrateAsync(CancellationToken.None))));

                await using var connection = await databases[0].OpenAsync(CancellationToken.None);
                await using var command = databases[0].Command(connection, null, "SELECT COUNT(*) AS n FROM schema_version");
                Assert.Equal(PostgresMigrations.All.Count, (await command.ListAsync(row => row.Int32("n"), CancellationToken.None))[0]);
            }
            finally
            {
                foreach (var db in databases)
                {
                    await db.DisposeAsync();
                }
            }
        }

        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);

        private async Task<long> CountAsync(string sql)
        {
            var database = Storage.Get<StorageDatabase>();
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await using var command = database.Command(connection, null, sql);
            return (await command.ListAsync(row => row.Int64("n"), CancellationToken.None))[0];
        }
    }
}
