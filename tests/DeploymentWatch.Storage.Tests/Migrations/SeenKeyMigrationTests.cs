using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Migrations;

/// <summary>
/// The migration that replaces seen_items rows by seen keys (SQLite 4, PostgreSQL 5) computes, in SQL, the same
/// keys as <see cref="SeenKey"/>: an item seen before the upgrade stays seen after it.
/// </summary>
public abstract class SeenKeyMigrationTests : StorageTestBase
{
    [Fact]
    public async Task MigrateAsync_OldSeenItems_BecomeTheSameKeysTheCodeComputes()
    {
        var database = Storage.Get<StorageDatabase>();
        var version = database.IsPostgres ? 5 : 4;
        var time = database.IsPostgres ? "timestamptz" : "TEXT";
        // Back to the schema before the version: SQLite cannot add a column "if not exists", so its columns go too.
        var sqliteOnly = database.IsPostgres ? "" : """
            DROP INDEX ix_feed_state_due; DROP INDEX ix_outbox_finished;
            ALTER TABLE feed_state DROP COLUMN claimed_until; ALTER TABLE feed_state DROP COLUMN claimed_by;
            """;
        await ExecuteAsync(database, $"""
            {sqliteOnly}
            DROP TABLE seen_keys;
            CREATE TABLE seen_items (feed_id TEXT NOT NULL, item_id TEXT NOT NULL, title_key TEXT, seen_at {time} NOT NULL,
                UNIQUE (feed_id, item_id), UNIQUE (feed_id, title_key));
            DELETE FROM schema_version WHERE version = {version};
            """);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await using var insert = database.Command(connection, null, "INSERT INTO seen_items VALUES (@f, @i, @t, @s), (@f, @i2, NULL, @s)")
                .Text("@f", "yonhap").Text("@i", "guid:ü-1").Text("@t", "title:north korean troops").Text("@i2", "guid:2").Time("@s", TestData.T0);
            await insert.ExecuteAsync(CancellationToken.None);
        }

        await Storage.MigrateAsync();

        var keys = new long[]
        {
            SeenKey.ForItem("yonhap", "guid:ü-1"), SeenKey.ForTitle("yonhap", "title:north korean troops")!.Value, SeenKey.ForItem("yonhap", "guid:2"),
        };
        Assert.Equal(keys.ToHashSet(), await Storage.Get<ISeenItemStore>().FindAsync(keys, CancellationToken.None));
        Assert.Equal(3, await Storage.CountAsync("seen_keys"));
    }

    private static async Task ExecuteAsync(StorageDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = database.Command(connection, null, sql);
        await command.ExecuteAsync(CancellationToken.None);
    }

    public sealed class Sqlite : SeenKeyMigrationTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : SeenKeyMigrationTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
