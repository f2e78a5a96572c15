using System.Data.Common;

namespace DeploymentWatch.TestKit.Postgres;

/// <summary>
/// A PostgreSQL server for integration tests, shared by a test run (hold it in an xUnit collection fixture): the one
/// named by DEPLOYMENTWATCH_TEST_POSTGRES if set, otherwise a throwaway cluster started from the local installation.
/// Tests get a fresh database each from <see cref="CreateDatabaseAsync"/>. The ADO.NET provider is passed in
/// (NpgsqlFactory.Instance) so the TestKit itself needs no driver.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "DEPLOYMENTWATCH_TEST_POSTGRES";

    private readonly DbProviderFactory factory;
    private readonly LocalPostgresCluster? cluster;
    private int created;

    private PostgresServer(DbProviderFactory factory, string adminConnectionString, LocalPostgresCluster? cluster)
    {
        this.factory = factory;
        this.cluster = cluster;
        AdminConnectionString = adminConnectionString;
    }

    /// <summary>Connects to the maintenance database; it is used to create and drop test databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>True when this run started its own cluster rather than using <see cref="EnvironmentVariable"/>.</summary>
    public bool IsLocalCluster => cluster is not null;

    public static async Task<PostgresServer> StartAsync(DbProviderFactory factory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(factory, configured, null);
        }

        var cluster = await LocalPostgresCluster.StartAsync(cancellationToken);
        return new PostgresServer(factory, cluster.AdminConnectionString, cluster);
    }

    /// <summary>An empty database of its own; disposing it drops it.</summary>
    public async Task<PostgresTestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        // Letters, digits and '_' only, so the identifier can be written into the statement as is.
        // The random part keeps runs on other machines sharing a configured server apart.
        var name = $"dw_test_{Environment.ProcessId}_{Interlocked.Increment(ref created)}_{Guid.NewGuid().ToString("N")[..8]}";
        await ExecuteAdminAsync($"CREATE DATABASE {name}", cancellationToken);
        var builder = new DbConnectionStringBuilder { ConnectionString = AdminConnectionString };
        builder["Database"] = name;
        return new PostgresTestDatabase(this, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    internal Task DropDatabaseAsync(string name, CancellationToken cancellationToken) =>
        ExecuteAdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", cancellationToken);

    private async Task ExecuteAdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = factory.CreateConnection()
            ?? throw new InvalidOperationException("The ADO.NET provider factory created no connection.");
        connection.ConnectionString = AdminConnectionString;
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
