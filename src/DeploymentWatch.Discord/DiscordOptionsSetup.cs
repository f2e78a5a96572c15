using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord;

/// <summary>
/// Reads <see cref="DiscordOptions"/> from the environment-style keys (DISCORD_BOT_TOKEN …) first and the
/// "Discord" section second, explicitly, so a renamed property can never silently stop binding a secret.
/// </summary>
internal sealed class DiscordOptionsSetup(IConfiguration configuration) : IConfigureOptions<DiscordOptions>
{
    public void Configure(DiscordOptions options)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        options.BotToken = Read("DISCORD_BOT_TOKEN", section, "BotToken") ?? options.BotToken;
        options.ApplicationId = Read("DISCORD_APPLICATION_ID", section, "ApplicationId") ?? options.ApplicationId;
        options.PublicKey = Read("DISCORD_PUBLIC_KEY", section, "PublicKey") ?? options.PublicKey;
        options.DevelopmentGuildId = Read("DISCORD_DEVELOPMENT_GUILD_ID", section, "DevelopmentGuildId") ?? options.DevelopmentGuildId;
        options.UserAgentUrl = Read("DISCORD_USER_AGENT_URL", section, "UserAgentUrl") ?? options.UserAgentUrl;
        options.Interactions = Read("DISCORD_INTERACTIONS", section, "Interactions") ?? options.Interactions;
        if (Read("DISCORD_GATEWAY_URL", section, "GatewayUrl") is { } gatewayUrl)
        {
            options.GatewayUrl = Uri.TryCreate(gatewayUrl, UriKind.Absolute, out var uri) ? uri : new Uri("invalid:" + Uri.EscapeDataString(gatewayUrl));
        }

        if (section["GatewayLeaseRetryInterval"] is { Length: > 0 } retry && TimeSpan.TryParse(retry, System.Globalization.CultureInfo.InvariantCulture, out var retryInterval))
        {
            options.GatewayLeaseRetryInterval = retryInterval;
        }

        if (section["GatewayLeaseCheckInterval"] is { Length: > 0 } check && TimeSpan.TryParse(check, System.Globalization.CultureInfo.InvariantCulture, out var checkInterval))
        {
            options.GatewayLeaseCheckInterval = checkInterval;
        }

        if (Read("DISCORD_API_BASE_URL", section, "ApiBaseUrl") is { } baseUrl)
        {
            // A malformed URL is reported by the validator, not thrown from here, so start-up names the key.
            options.ApiBaseUrl = Uri.TryCreate(WithTrailingSlash(baseUrl), UriKind.Absolute, out var uri) ? uri : new Uri("invalid:" + Uri.EscapeDataString(baseUrl));
        }
    }

    private string? Read(string key, IConfigurationSection section, string sectionKey)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = section[sectionKey];
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    // HttpClient resolves "channels/1/messages" against ".../api/v10/" only when the base ends with '/'.
    private static string WithTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
