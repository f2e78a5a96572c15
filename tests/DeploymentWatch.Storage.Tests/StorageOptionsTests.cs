using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Storage.Tests;

public sealed class StorageOptionsTests
{
    private const string Secret = "s3cr3t-Pa55";

    [Fact]
    public void ToString_PostgresWithPassword_HidesThePassword()
    {
        var options = new StorageOptions
        {
            Provider = "postgres",
            PostgresConnectionString = $"Host=db.internal;Database=dw;Username=bot;Password={Secret}",
        };

        var text = options.ToString();

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("db.internal", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_UnknownProvider_StopsWithTheChoices()
    {
        using var services = Build(new() { ["Storage:Provider"] = "mongodb" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("'mongodb' is unknown", error.Message, StringComparison.Ordinal);
        Assert.Contains("'sqlite' or 'postgres'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_PostgresWithoutConnectionString_StopsNamingTheVariable()
    {
        using var services = Build(new() { ["Storage:Provider"] = "postgres" }, withoutEnvironment: true);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(StorageOptions.PostgresEnvironmentVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_MalformedConnectionString_MessageDoesNotQuoteIt()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:PostgresConnectionString"] = $"Host=db;Password={Secret};Port=not-a-number",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.Contains("malformed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStorage_EnvironmentVariableKey_BecomesTheConnectionString()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "postgres",
            [StorageOptions.PostgresEnvironmentVariable] = "Host=db;Database=dw",
        });

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal("Host=db;Database=dw", options.PostgresConnectionString);
    }

    [Fact]
    public void AddStorage_Defaults_SqliteUnderData()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("sqlite", Path.Combine("data", "deploymentwatch.db")), (options.Provider, options.SqlitePath));
    }

    [Fact]
    public void AddStorage_Sqlite_RegistersEveryPort()
    {
        var path = Path.Combine(Path.GetTempPath(), "deploymentwatch-tests", Guid.NewGuid().ToString("N"), "dw.db");
        using var services = Build(new() { ["Storage:SqlitePath"] = path });

        Assert.NotNull(services.GetRequiredService<IStorageMigrator>());
        Assert.NotNull(services.GetRequiredService<IFeedStateStore>());
        Assert.NotNull(services.GetRequiredService<ISeenItemStore>());
        Assert.NotNull(services.GetRequiredService<IAlertStore>());
        Assert.NotNull(services.GetRequiredService<IFigureStore>());
        Assert.NotNull(services.GetRequiredService<IOutboxStore>());
        Assert.NotNull(services.GetRequiredService<ISubscriptionStore>());
        Assert.NotNull(services.GetRequiredService<IMuteStore>());
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool withoutEnvironment = false)
    {
        if (withoutEnvironment && Environment.GetEnvironmentVariable(StorageOptions.PostgresEnvironmentVariable) is not null)
        {
            // The machine's own variable would fill the missing connection string; an empty key keeps it out.
            settings[StorageOptions.PostgresEnvironmentVariable] = "";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddStorage(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
