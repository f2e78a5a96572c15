using Npgsql;

namespace DeploymentWatch.Storage;

/// <summary>Which database the stores use. Bound from the "Storage" section; validated at start.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Read as the connection string when <see cref="PostgresConnectionString"/> is not configured.</summary>
    public const string PostgresEnvironmentVariable = "DEPLOYMENTWATCH_POSTGRES";

    public const string SqliteProvider = "sqlite";

    public const string PostgresProvider = "postgres";

    /// <summary>"sqlite" (embedded, the default) or "postgres" (several instances on one database).</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite file; its directory is created when missing. The host sets it from --data DIR.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "deploymentwatch.db");

    /// <summary>An Npgsql connection string; a secret (it may hold a password), so never logged.</summary>
    public string? PostgresConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>For logs: the PostgreSQL connection string appears without its password.</summary>
    public override string ToString() =>
        IsPostgres ? $"Storage(postgres, {Redact(PostgresConnectionString)})" : $"Storage({Provider}, {SqlitePath})";

    private static string Redact(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "no connection string";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (builder.Password is not null)
            {
                builder.Password = "***";
            }

            return builder.ToString();
        }
        catch (ArgumentException)
        {
            // Even a malformed string may contain a password; show nothing of it.
            return "unreadable connection string";
        }
    }
}
