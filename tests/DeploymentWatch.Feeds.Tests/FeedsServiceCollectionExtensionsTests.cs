using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Folders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Tests;

public class FeedsServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddFeeds_DefaultConfiguration_ResolvesReaderFolderReaderAndTimeProvider()
    {
        await using var services = FeedsTestServices.Build();
        using var scope = services.CreateScope();

        Assert.NotNull(scope.ServiceProvider.GetRequiredService<IFeedReader>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ArticleFolderReader>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task AddFeeds_FeedsSection_IsBound()
    {
        await using var services = FeedsTestServices.Build(("Feeds:Timeout", "00:00:05"), ("Feeds:MaxBytes", "1234"), ("Feeds:MaxRedirects", "2"));

        var options = services.GetRequiredService<IOptions<FeedsOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(1234, options.MaxBytes);
        Assert.Equal(2, options.MaxRedirects);
    }

    [Fact]
    public async Task AddFeeds_ZeroTimeout_StopsStartUpWithMessage()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Feeds:Timeout", "00:00:00")]);
        builder.Services.AddFeeds(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Feeds:Timeout must be more than 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFeeds_ExistingTimeProvider_IsKept()
    {
        var services = new ServiceCollection();
        var fake = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        services.AddSingleton<TimeProvider>(fake);

        services.AddFeeds(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<TimeProvider>());
    }
}
