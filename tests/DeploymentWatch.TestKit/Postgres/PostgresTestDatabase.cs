namespace DeploymentWatch.TestKit.Postgres;

/// <summary>One test's own database on a <see cref="PostgresServer"/>; dropped (connections and all) on dispose.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly PostgresServer server;

    internal PostgresTestDatabase(PostgresServer server, string name, string connectionString)
    {
        this.server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public async ValueTask DisposeAsync() => await server.DropDatabaseAsync(Name, CancellationToken.None);
}
