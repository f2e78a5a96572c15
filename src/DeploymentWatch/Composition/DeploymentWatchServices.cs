using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Retention;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Channels;
using DeploymentWatch.Configuration;
using DeploymentWatch.Discord;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Feeds;
using DeploymentWatch.Slack;
using DeploymentWatch.Storage;
using DeploymentWatch.Stories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Composition;

/// <summary>The one composition root every command shares: one AddX per project, registrations explicit.</summary>
public static class DeploymentWatchServices
{
    public static IServiceCollection AddDeploymentWatch(this IServiceCollection services, IConfiguration configuration, HostPaths paths, TextWriter consoleWriter)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(paths);

        // Configuration files are data: loaded once here, so a bad file stops start-up with its file and line.
        services.AddAnalysis(paths);
        var feeds = FeedsFileLoader.Load(paths.FeedsFile);
        if (string.IsNullOrEmpty(configuration["Storage:SqlitePath"]))
        {
            configuration["Storage:SqlitePath"] = paths.DefaultDatabase;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(paths);
        services.AddSingleton(feeds);

        services.AddApplication(configuration);
        services.AddStories(configuration);
        services.AddFeeds(configuration);
        services.AddStorage(configuration);
        services.AddLocalChannels(configuration, paths, consoleWriter);
        services.AddDiscord(configuration);
        services.AddSlack(configuration);
        return services;
    }

    private static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PollingOptions>().Bind(configuration.GetSection(PollingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        // Scoped: the feed reader behind it is a typed HTTP client, which must not be captured by a singleton.
        services.AddScoped<FeedPoller>();
        services.AddSingleton<HostGate>();
        services.AddSingleton<PollingActivity>();
        services.AddSingleton<RetentionPruner>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<CatchUpBuilder>();
        services.AddSingleton<ChannelSettingsCommands>();
        services.AddSingleton<LatestReplyBuilder>();
        services.AddSingleton(sp => new FiguresReplyBuilder(
            sp.GetRequiredService<IFigureStore>(), sp.GetRequiredService<Domain.Profiles.ProfileSet>(), sp.GetService<IFigureChartRenderer>()));
        services.AddSingleton<ICommandService, CommandService>();
        services.AddCommandRunner();
        return services;
    }

    private static IServiceCollection AddLocalChannels(this IServiceCollection services, IConfiguration configuration, HostPaths paths, TextWriter consoleWriter)
    {
        services.AddOptions<ConsoleChannelOptions>().Bind(configuration.GetSection(ConsoleChannelOptions.SectionName)).ValidateOnStart();
        services.AddSingleton(new ConsoleOutput(consoleWriter));
        services.AddSingleton(new AttachmentWriter(Path.Combine(paths.DataDirectory, "charts")));
        services.AddSingleton<ConsoleAlertChannel>();
        services.AddSingleton<IAlertChannel>(sp => sp.GetRequiredService<ConsoleAlertChannel>());
        services.AddSingleton<IChannelStatus>(sp => sp.GetRequiredService<ConsoleAlertChannel>());
        services.AddSingleton<IAlertChannel>(sp => new JsonLinesAlertChannel(paths.DataDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LocalSetup>();
        return services;
    }
}
