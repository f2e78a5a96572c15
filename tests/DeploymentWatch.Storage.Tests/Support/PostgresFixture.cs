using DeploymentWatch.TestKit.Postgres;
using DeploymentWatch.TestKit.SystemServices;
using Npgsql;

namespace DeploymentWatch.Storage.Tests.Support;

/// <summary>One PostgreSQL server for every test of the <see cref="PostgresGroup"/> collection.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? server;

    public PostgresServer Server => server ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    public async Task InitializeAsync()
    {
        // Its tests are reported skipped then; starting would only fail with the same install hint.
        if (SystemServiceProbe.SkipReason([SystemService.PostgreSql]) is not null)
        {
            return;
        }

        server = await PostgresServer.StartAsync(NpgsqlFactory.Instance, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
