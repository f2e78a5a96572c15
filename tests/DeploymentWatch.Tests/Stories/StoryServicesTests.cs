using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Stories;
using DeploymentWatch.TestKit.Profiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Tests.Stories;

public class StoryServicesTests
{
    [Fact]
    public void AddStories_ThresholdsFromConfiguration_AreBound()
    {
        using var provider = Build(new() { ["Stories:Window"] = "1.00:00:00", ["Stories:MinEvidence"] = "0.2" });

        var options = provider.GetRequiredService<IOptions<StoryOptions>>().Value;

        Assert.Equal(TimeSpan.FromDays(1), options.ToThresholds().Window);
        Assert.Equal(0.2, options.ToThresholds().MinEvidence);
        Assert.NotNull(provider.GetService<IFigureChartRenderer>());
    }

    [Fact]
    public void AddStories_OutOfRangeThreshold_FailsWithTheSettingNamed()
    {
        using var provider = Build(new() { ["Stories:NearDuplicate"] = "1.5" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StoryOptions>>().Value);
        Assert.Contains("Stories:NearDuplicate", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(SampleProfiles.Create());
        services.AddStories(configuration);
        return services.BuildServiceProvider();
    }
}
