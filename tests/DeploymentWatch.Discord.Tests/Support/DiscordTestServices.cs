using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.TestKit.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>The Discord adapter as the host would wire it (AddDiscord), pointed at a fake Discord.</summary>
internal static class DiscordTestServices
{
    public const string ApplicationId = "1100000000000000001";

    /// <summary>RFC 8032 TEST 1's public key; its secret seed is <see cref="Ed25519TestKeys.Rfc8032Test1Seed"/>.</summary>
    public const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    public static Dictionary<string, string?> Configuration(FakeDiscordApi? fake, string? token = null) => new()
    {
        ["DISCORD_BOT_TOKEN"] = token ?? fake?.Token,
        ["DISCORD_APPLICATION_ID"] = ApplicationId,
        ["DISCORD_PUBLIC_KEY"] = PublicKey,
        // Never the real Discord: without a fake, calls go to a closed loopback port.
        ["DISCORD_API_BASE_URL"] = fake?.BaseAddress.ToString() ?? "http://127.0.0.1:9/api/v10/",
    };

    /// <summary>Registers the adapter into <paramref name="services"/> with fast retries for tests.</summary>
    public static IServiceCollection AddDiscordForTests(this IServiceCollection services, IDictionary<string, string?> settings,
        TimeProvider? timeProvider = null, ICommandService? commands = null, ProfileSet? profiles = null, Action<DiscordOptions>? tune = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        services.AddLogging();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddSingleton(profiles ?? TestProfiles.Sample);
        services.AddSingleton(commands ?? new RecordingCommandService());
        services.AddDiscord(configuration);
        services.PostConfigure<DiscordOptions>(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.RequestTimeout = TimeSpan.FromSeconds(10);
            tune?.Invoke(o);
        });
        return services;
    }

    public static ServiceProvider Build(FakeDiscordApi? fake, TimeProvider? timeProvider = null, Action<DiscordOptions>? tune = null, string? token = null) =>
        new ServiceCollection()
            .AddDiscordForTests(Configuration(fake, token), timeProvider, tune: tune)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
}
