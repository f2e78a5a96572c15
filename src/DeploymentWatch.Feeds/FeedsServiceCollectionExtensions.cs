using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Files;
using DeploymentWatch.Feeds.Folders;
using DeploymentWatch.Feeds.Http;
using DeploymentWatch.Feeds.Parsing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IFeedReader"/> (transient: it holds a typed HttpClient, which must not be captured by a
    /// singleton), <see cref="ArticleFolderReader"/> and validated <see cref="FeedsOptions"/> from the "Feeds" section.
    /// </summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<FeedsOptions>().Bind(configuration.GetSection(FeedsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedsOptions>, FeedsOptionsValidator>();

        services.AddHttpClient<IFeedHttpClient, FeedHttpClient>((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<FeedsOptions>>().Value;
                // FeedHttpClient runs its own timeout so it can tell a timeout from the caller cancelling.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd(FeedHttpClient.AcceptFeeds);
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
                FeedsHttpHandler.Create(provider.GetRequiredService<IOptions<FeedsOptions>>().Value));

        services.AddSingleton<XmlFeedInspector>();
        services.AddSingleton<FeedBodyProcessor>();
        services.AddSingleton<ArticleFolderReader>();
        services.AddSingleton<FolderFeedSource>();
        services.AddSingleton<FeedFileSource>();
        services.AddSingleton<LocalReadGuard>();
        services.AddTransient<HttpFeedSource>();
        services.AddTransient<IFeedReader, FeedSourceDispatcher>();
        return services;
    }
}
