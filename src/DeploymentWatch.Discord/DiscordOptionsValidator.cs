using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord;

/// <summary>Stops start-up with a message naming the key when Discord is half-configured.</summary>
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (options.Enabled)
        {
            if (!IsSnowflake(options.ApplicationId))
            {
                errors.Add("DISCORD_APPLICATION_ID must be set to the application's numeric id when DISCORD_BOT_TOKEN is set.");
            }

            if (options.InteractionsMode is not (DiscordOptions.GatewayMode or DiscordOptions.HttpMode))
            {
                errors.Add("DISCORD_INTERACTIONS must be \"gateway\" (no public URL needed) or \"http\" (Discord POSTs to /discord/interactions).");
            }
            else if (options.InteractionsMode == DiscordOptions.HttpMode && !IsPublicKey(options.PublicKey))
            {
                errors.Add("DISCORD_PUBLIC_KEY must be set to the application's 64-hex-character public key when DISCORD_INTERACTIONS is http.");
            }
            else if (options.PublicKey is not null && !IsPublicKey(options.PublicKey))
            {
                errors.Add("DISCORD_PUBLIC_KEY must be 64 hex characters.");
            }

            if (options.BotToken!.Any(char.IsWhiteSpace))
            {
                errors.Add("DISCORD_BOT_TOKEN must not contain whitespace (paste the token only, without \"Bot \").");
            }
        }
        else if (options.PublicKey is not null && !IsPublicKey(options.PublicKey))
        {
            errors.Add("DISCORD_PUBLIC_KEY must be 64 hex characters.");
        }

        if (options.DevelopmentGuildId is not null && !IsSnowflake(options.DevelopmentGuildId))
        {
            errors.Add("DISCORD_DEVELOPMENT_GUILD_ID must be a numeric guild id.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || (options.ApiBaseUrl.Scheme != Uri.UriSchemeHttps && options.ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("DISCORD_API_BASE_URL must be an absolute http(s) URL such as https://discord.com/api/v10.");
        }

        if (options.GatewayUrl is { } gateway && (!gateway.IsAbsoluteUri || (gateway.Scheme != "ws" && gateway.Scheme != "wss")))
        {
            errors.Add("DISCORD_GATEWAY_URL must be an absolute ws(s) URL such as wss://gateway.discord.gg.");
        }

        // Retry plus check interval bound how long the Gateway stays unanswered when its holder dies: under a minute.
        if (options.GatewayLeaseRetryInterval <= TimeSpan.Zero || options.GatewayLeaseCheckInterval <= TimeSpan.Zero
            || options.GatewayLeaseRetryInterval > TimeSpan.FromSeconds(30) || options.GatewayLeaseCheckInterval > TimeSpan.FromSeconds(30))
        {
            errors.Add("Discord Gateway lease intervals must be between 0 and 30 seconds, so another instance takes over within a minute.");
        }

        if (options.MaxAttempts < 1 || options.GlobalRequestsPerSecond < 1 || options.InvalidRequestLimit < 1 || options.MaxRateLimitRetries < 0)
        {
            errors.Add("Discord retry and rate-limit settings must be positive.");
        }

        if (options.InteractionReplyBudget <= TimeSpan.Zero || options.InteractionReplyBudget >= TimeSpan.FromSeconds(3))
        {
            errors.Add("Discord interaction reply budget must be between 0 and 3 seconds (Discord's deadline).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static bool IsSnowflake(string? value) => value is { Length: > 0 and <= 20 } && value.All(char.IsAsciiDigit);

    private static bool IsPublicKey(string? value) => value is not null && HexKey().IsMatch(value);

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex HexKey();
}
