using DeploymentWatch.Application.Digests;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Charts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Stories;

/// <summary>Stories, figure charts and daily digests: the "Stories" options (validated at start) and their use cases.</summary>
public static class StoryServices
{
    public static IServiceCollection AddStories(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StoryOptions>().Bind(configuration.GetSection(StoryOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoryOptions>, StoryOptionsValidator>());
        services.AddSingleton<StoryBatchPlanner>();
        services.AddSingleton<DigestSender>();
        services.AddSingleton<IFigureChartRenderer, ScottPlotFigureChartRenderer>();
        return services;
    }
}
