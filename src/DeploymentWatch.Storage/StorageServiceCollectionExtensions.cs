using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Application.Dashboard;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Retention;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Storage.Alerts;
using DeploymentWatch.Storage.Commands;
using DeploymentWatch.Storage.Dashboard;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Delivery;
using DeploymentWatch.Storage.Figures;
using DeploymentWatch.Storage.Health;
using DeploymentWatch.Storage.Migrations;
using DeploymentWatch.Storage.Polling;
using DeploymentWatch.Storage.Retention;
using DeploymentWatch.Storage.Stories;
using DeploymentWatch.Storage.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers every storage port (singletons: each operation opens its own pooled connection) and
    /// <see cref="IStorageMigrator"/>, which the host runs once at start before using any store.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
                {
                    options.PostgresConnectionString = configuration[StorageOptions.PostgresEnvironmentVariable]
                        ?? Environment.GetEnvironmentVariable(StorageOptions.PostgresEnvironmentVariable);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<StorageHealth>();
        services.AddSingleton(sp =>
        {
            var database = StorageDatabaseFactory.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value);
            database.Health = sp.GetRequiredService<StorageHealth>();
            return database;
        });
        services.AddSingleton<IStorageMigrator, StorageMigrator>();
        services.AddSingleton<IFeedStateStore, FeedStateStore>();
        services.AddSingleton<ISeenItemStore, SeenItemStore>();
        services.AddSingleton<IAlertStore, AlertStore>();
        services.AddSingleton<IFigureStore, FigureStore>();
        services.AddSingleton<IOutboxStore, OutboxStore>();
        services.AddSingleton<ISubscriptionStore, SubscriptionStore>();
        services.AddSingleton<IMuteStore, MuteStore>();
        services.AddSingleton<IStoryBatchStore, StoryBatchStore>();
        services.AddSingleton<IRetentionStore, RetentionStore>();
        services.AddSingleton<IInstanceLease, DatabaseInstanceLease>();
        services.AddSingleton<IDashboardStore, DashboardStore>();
        return services;
    }
}
