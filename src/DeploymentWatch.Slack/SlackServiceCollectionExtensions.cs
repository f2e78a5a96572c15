using DeploymentWatch.Application.Commands;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Slack.Alerts;
using DeploymentWatch.Slack.Api;
using DeploymentWatch.Slack.Commands;
using DeploymentWatch.Slack.SocketMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack;

/// <summary>Registers the Slack adapter explicitly: options, the Web API client, delivery, commands and Socket Mode.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Adds Slack. The host also needs <c>app.MapSlackCommands()</c> for the HTTP slash-command endpoint, and provides
    /// <c>ICommandService</c>. Without SLACK_BOT_TOKEN Slack is off (status says so); bad values stop start-up.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlackOptions>()
            .Configure(options =>
            {
                options.BotToken = configuration[SlackOptions.BotTokenKey];
                options.SigningSecret = configuration[SlackOptions.SigningSecretKey];
                options.AppToken = configuration[SlackOptions.AppTokenKey];
                options.ApiBaseUrl = configuration[SlackOptions.ApiBaseUrlKey] is { Length: > 0 } url ? url : SlackOptions.DefaultApiBaseUrl;
                options.AdminUserIds = configuration[SlackOptions.AdminUserIdsKey];
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();

        // Named clients from the factory; the API client is a singleton so the pacer and caches it feeds are shared.
        services.AddHttpClient(SlackApiClient.ApiClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(SlackApiClient.PlainClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<SlackResponseReader>();
        services.AddSingleton<ISlackApiClient, SlackApiClient>();
        services.AddSingleton<SlackCallRetrier>();

        services.AddSingleton<SlackChannelPacer>();
        services.AddSingleton<SlackAttachmentUploader>();
        services.AddSingleton<SlackChannelStatus>();
        services.AddSingleton<IChannelStatus>(sp => sp.GetRequiredService<SlackChannelStatus>());
        services.AddSingleton<IAlertChannel, SlackAlertChannel>();

        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackPermissionChecker>();
        services.AddSingleton<SlackResponseUrlBudget>();
        services.AddSingleton<SlackResponseUrlClient>();
        services.AddCommandRunner();
        services.AddSingleton<SlackCommandDispatcher>();
        services.AddSingleton<SlackCommandEndpoint>();

        services.AddSingleton<IWebSocketConnector, ClientWebSocketConnector>();
        services.AddSingleton<SlackSocketModeConnection>();
        // Always registered; it returns at once when SLACK_APP_TOKEN is not set, so options stay the one switch.
        services.AddHostedService<SlackSocketModeService>();
        return services;
    }
}
