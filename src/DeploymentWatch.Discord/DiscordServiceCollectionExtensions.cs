using System.Reflection;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Alerts;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.RateLimits;
using DeploymentWatch.Discord.Commands;
using DeploymentWatch.Discord.Gateway;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Domain.Profiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord;

/// <summary>Registers the Discord adapter, every type explicitly.</summary>
public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConfigureOptions<DiscordOptions>>(new DiscordOptionsSetup(configuration));
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddOptions<DiscordOptions>().ValidateOnStart();

        // One named client from the factory, not a typed client held by a singleton: the factory rotates handlers
        // (DNS changes) while the limiter state, which must outlive any one HttpClient, lives in singletons.
        services.AddHttpClient(DiscordRequestSender.HttpClientName, (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            client.BaseAddress = options.ApiBaseUrl;
            client.DefaultRequestHeaders.UserAgent.Clear();
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"DiscordBot ({options.UserAgentUrl}, {Version})");

            // Each attempt has its own TimeProvider-driven timeout (DiscordOptions.RequestTimeout).
            client.Timeout = Timeout.InfiniteTimeSpan;
        })

        // The factory's default loggers print request URLs, and an interaction follow-up's URL holds its token;
        // DiscordRequestSender logs route templates instead.
        .RemoveAllLoggers();

        services.AddSingleton<DiscordInvalidRequestCounter>();
        services.AddSingleton<DiscordTrafficGate>();
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordRequestSender>();
        services.AddSingleton<IDiscordApiClient, DiscordApiClient>();

        services.AddSingleton<IAlertChannel, DiscordAlertChannel>();
        services.AddSingleton<IChannelStatus, DiscordChannelStatus>();

        services.AddSingleton<DiscordReplayGuard>();
        services.AddSingleton<DiscordSignatureVerifier>();
        services.AddCommandRunner();
        services.AddSingleton<DiscordDeferredReply>();
        // Built here (like the registrar below): the host provides ProfileSet, and delivery alone (the burst
        // harness) builds and validates this adapter without one.
        services.AddSingleton(provider => new DiscordAutocomplete(provider.GetRequiredService<ProfileSet>()));
        services.AddSingleton<DiscordInteractionHandler>();

        // Gateway mode. Storage provides the PostgreSQL lease; without it (tests, one process) the lease is in-process.
        services.TryAddSingleton<IInstanceLease, ProcessInstanceLease>();
        services.AddSingleton<DiscordGatewayStatus>();
        services.AddSingleton<DiscordGatewayInteractionHandler>();
        services.AddHostedService<DiscordGatewayService>();

        // The registrar's constructor is internal (its dependencies are), so it is built here.
        services.AddSingleton(provider => new DiscordCommandRegistrar(
            provider.GetRequiredService<IDiscordApiClient>(),
            provider.GetRequiredService<ProfileSet>(),
            provider.GetRequiredService<IOptions<DiscordOptions>>(),
            provider.GetRequiredService<ILogger<DiscordCommandRegistrar>>()));
        return services;
    }

    private static string Version =>
        typeof(DiscordServiceCollectionExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";
}
