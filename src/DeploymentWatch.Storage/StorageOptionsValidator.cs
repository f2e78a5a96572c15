using Microsoft.Extensions.Options;
using Npgsql;

namespace DeploymentWatch.Storage;

/// <summary>Stops start-up on a storage configuration that cannot work; messages never quote the connection string.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.Equals(options.Provider, StorageOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(options.SqlitePath)
                ? ValidateOptionsResult.Fail("Storage:SqlitePath is empty; set it (or --data DIR) to where the SQLite file goes.")
                : ValidateOptionsResult.Success;
        }

        if (!options.IsPostgres)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider '{options.Provider}' is unknown; use '{StorageOptions.SqliteProvider}' or '{StorageOptions.PostgresProvider}'.");
        }

        if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider is 'postgres' but no connection string is set: set Storage:PostgresConnectionString or the {StorageOptions.PostgresEnvironmentVariable} environment variable.");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            // The exception text may quote the offending value, which could be the password.
            return ValidateOptionsResult.Fail("The PostgreSQL connection string is malformed (its text is not shown because it may hold a password).");
        }
    }
}
