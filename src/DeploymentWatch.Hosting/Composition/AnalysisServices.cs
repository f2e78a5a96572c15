using DeploymentWatch.Application.Stories;
using DeploymentWatch.Cli;
using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Feeds;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Composition;

/// <summary>
/// What reading and analysing articles needs, and nothing more: the profiles (loaded and checked here, so a bad file
/// stops start-up with its file and line), the analyzer, the feed and folder readers and the story options. The
/// service adds storage, channels and platforms on top; `scan` runs on this alone, so it starts without opening a
/// database, validating platform settings or building clients it never calls.
/// </summary>
public static class AnalysisServices
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services, HostPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var profiles = ProfilesFileLoader.Load(paths.ProfilesFile);
        services.AddSingleton(profiles);
        services.AddSingleton(new ArticleAnalyzer(profiles));
        services.AddSingleton(new AlertDocumentBuilder(profiles));
        return services;
    }

    /// <summary>The analysis, the readers of feeds, files and folders, and the story options, all validated at start.</summary>
    internal static IServiceCollection AddArticleReading(this IServiceCollection services, IConfiguration configuration, HostPaths paths)
    {
        services.AddSingleton(paths);
        services.AddAnalysis(paths);
        services.AddFeeds(configuration);
        services.AddOptions<StoryOptions>().Bind(configuration.GetSection(StoryOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoryOptions>, StoryOptionsValidator>());
        services.AddTransient(CommandLineSources.Create);
        return services;
    }
}
