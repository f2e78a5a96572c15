using DeploymentWatch.Application.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Feeds.Tests;

/// <summary>The feed reader as the host builds it (AddFeeds, scope and build validation on), with settings per test.</summary>
internal static class FeedsTestServices
{
    /// <summary>Allows private addresses: the test feed hosts listen on loopback. Later settings override it.</summary>
    public static ServiceProvider Build(params (string Key, string Value)[] settings) =>
        BuildGuarded([("Feeds:AllowPrivateAddresses", "true"), .. settings]);

    /// <summary>The defaults as shipped: loopback and private addresses refused.</summary>
    public static ServiceProvider BuildGuarded(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFeeds(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public static FeedDefinition Feed(string source, string? outlet = null) => new("test-feed", source, null, null, outlet);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
