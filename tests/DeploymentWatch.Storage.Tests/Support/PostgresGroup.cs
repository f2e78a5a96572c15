using DeploymentWatch.TestKit.SystemServices;

namespace DeploymentWatch.Storage.Tests.Support;

/// <summary>The xUnit collection of PostgreSQL tests: they share one server (and run one class at a time).</summary>
[CollectionDefinition(Name)]
[RequiresSystemService(SystemService.PostgreSql)]
public sealed class PostgresGroup : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
