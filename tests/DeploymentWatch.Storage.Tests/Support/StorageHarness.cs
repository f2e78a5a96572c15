using DeploymentWatch.Storage.Database;
using DeploymentWatch.TestKit.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Storage.Tests.Support;

/// <summary>
/// The storage as the host wires it (AddStorage over configuration) on a fresh real database: a SQLite file in a
/// temp directory or an empty PostgreSQL database. Disposing removes the database.
/// </summary>
public sealed class StorageHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly Func<ValueTask> cleanup;

    private StorageHarness(IReadOnlyDictionary<string, string?> settings, Func<ValueTask> cleanup)
    {
        this.cleanup = cleanup;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Time)
            .AddStorage(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));

    public bool IsPostgres => Get<StorageDatabase>().IsPostgres;

    public static StorageHarness Sqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "deploymentwatch-tests", Guid.NewGuid().ToString("N"));
        // A directory that does not exist yet: the store must create it.
        var path = Path.Combine(directory, "data", "deploymentwatch.db");
        return new StorageHarness(
            new Dictionary<string, string?> { ["Storage:Provider"] = "sqlite", ["Storage:SqlitePath"] = path },
            () =>
            {
                SqliteConnection.ClearAllPools();
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }

                return ValueTask.CompletedTask;
            });
    }

    public static async Task<StorageHarness> PostgresAsync(PostgresServer server)
    {
        var database = await server.CreateDatabaseAsync(CancellationToken.None);
        return new StorageHarness(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "postgres",
                ["Storage:PostgresConnectionString"] = database.ConnectionString,
            },
            database.DisposeAsync);
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task MigrateAsync() => Get<IStorageMigrator>().MigrateAsync(CancellationToken.None);

    /// <summary>Rows in a table (test-only SQL: the table name is a constant of the calling test).</summary>
    public async Task<long> CountAsync(string table)
    {
        var database = Get<StorageDatabase>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = database.Command(connection, null, "SELECT COUNT(*) AS n FROM " + table);
        return (await command.ListAsync(row => row.Int64("n"), CancellationToken.None))[0];
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await cleanup();
    }
}
