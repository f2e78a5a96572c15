using DeploymentWatch.Storage.Commands;
using DeploymentWatch.Storage.Postgres;
using DeploymentWatch.Storage.Sqlite;
using DeploymentWatch.Storage.Tests.Support;
using Npgsql;

namespace DeploymentWatch.Storage.Tests.Commands;

public sealed class DatabaseInstanceLeaseTests
{
    [Fact]
    public async Task TryAcquire_Sqlite_OneHolderInTheProcessAtATime()
    {
        using var folder = new DeploymentWatch.TestKit.Feeds.TemporaryFolder();
        var lease = new DatabaseInstanceLease(new SqliteDatabase(Path.Combine(folder.Path, "lease.db")));

        var held = await lease.TryAcquireAsync("discord-gateway", CancellationToken.None);
        Assert.NotNull(held);
        Assert.True(await held.IsHeldAsync(CancellationToken.None));
        Assert.Null(await lease.TryAcquireAsync("discord-gateway", CancellationToken.None));

        await held.DisposeAsync();
        await using var again = await lease.TryAcquireAsync("discord-gateway", CancellationToken.None);
        Assert.NotNull(again);
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres)
    {
        [Fact]
        public async Task TryAcquire_HeldByAnotherInstance_IsRefusedUntilReleased()
        {
            await using var database = await postgres.Server.CreateDatabaseAsync(CancellationToken.None);
            await using var firstSource = NpgsqlDataSource.Create(database.ConnectionString);
            await using var secondSource = NpgsqlDataSource.Create(database.ConnectionString);
            var first = new DatabaseInstanceLease(new PostgresDatabase(firstSource));
            var second = new DatabaseInstanceLease(new PostgresDatabase(secondSource));

            var held = await first.TryAcquireAsync("discord-gateway", CancellationToken.None);
            Assert.NotNull(held);
            Assert.Null(await second.TryAcquireAsync("discord-gateway", CancellationToken.None));
            await using (var other = await second.TryAcquireAsync("something-else", CancellationToken.None))
            {
                Assert.NotNull(other);
            }

            await held.DisposeAsync();
            await using var taken = await second.TryAcquireAsync("discord-gateway", CancellationToken.None);
            Assert.NotNull(taken);
            Assert.True(await taken.IsHeldAsync(CancellationToken.None));
        }

        [Fact]
        public async Task IsHeld_HolderConnectionKilled_ReportsLostAndAnotherInstanceTakesIt()
        {
            await using var database = await postgres.Server.CreateDatabaseAsync(CancellationToken.None);
            await using var firstSource = NpgsqlDataSource.Create(database.ConnectionString);
            await using var secondSource = NpgsqlDataSource.Create(database.ConnectionString);
            var first = new DatabaseInstanceLease(new PostgresDatabase(firstSource));
            var second = new DatabaseInstanceLease(new PostgresDatabase(secondSource));
            await using var held = await first.TryAcquireAsync("discord-gateway", CancellationToken.None);
            Assert.NotNull(held);

            // What the server sees when the holding process dies: its session ends.
            await using (var admin = await secondSource.OpenConnectionAsync())
            await using (var kill = admin.CreateCommand())
            {
                kill.CommandText = "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid() "
                    + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
                await kill.ExecuteNonQueryAsync();
            }

            Assert.False(await held.IsHeldAsync(CancellationToken.None));
            await using var taken = await second.TryAcquireAsync("discord-gateway", CancellationToken.None);
            Assert.NotNull(taken);
        }
    }
}
