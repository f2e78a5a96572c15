namespace DeploymentWatch.Discord;

/// <summary>
/// Discord settings. The secrets come from the environment (DISCORD_BOT_TOKEN …), which reaches IConfiguration as
/// top-level keys; the "Discord" section is read as a fallback so tests and appsettings can use it too.
/// </summary>
internal sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    public string? BotToken { get; set; }

    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key, 64 hex characters (Developer Portal → General Information).</summary>
    public string? PublicKey { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>When set, commands are registered to this guild only (instant updates while developing).</summary>
    public string? DevelopmentGuildId { get; set; }

    /// <summary>The URL in "User-Agent: DiscordBot (url, version)", which Discord requires on every request.</summary>
    public string UserAgentUrl { get; set; } = "https://github.com/deploymentwatch/deploymentwatch";

    /// <summary>One HTTP attempt's time limit; Discord.Net uses 15 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts for 5xx, timeouts and network errors before the outbox gets a RetryLater.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff after a 5xx or timeout; doubles per attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one send may queue behind rate limits before it is handed back to the outbox.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many 429s one send may meet and still retry by itself.</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>401/403/429 responses per 10 minutes at which we stop sending; Discord bans at 10,000.</summary>
    public int InvalidRequestLimit { get; set; } = 5_000;

    /// <summary>How long a command may run before the interaction is deferred; Discord's hard limit is 3 s.</summary>
    public TimeSpan InteractionReplyBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How far an interaction's X-Signature-Timestamp may be from now, and how long replays are remembered.</summary>
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Where slash commands arrive: "gateway" (Discord.Net's WebSocket, no public URL needed) or "http" (Discord POSTs
    /// to /discord/interactions, which needs DISCORD_PUBLIC_KEY). Unset: http when a public key is set, else gateway.
    /// </summary>
    public string? Interactions { get; set; }

    /// <summary>Overrides the Gateway address (e.g. ws://127.0.0.1:PORT/gateway); unset, GET /gateway/bot names it.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>How often an instance without the Gateway tries to take it over (several instances on PostgreSQL).</summary>
    public TimeSpan GatewayLeaseRetryInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the instance holding the Gateway checks that it still holds the lease.</summary>
    public TimeSpan GatewayLeaseCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>True when commands come over the Gateway (see <see cref="Interactions"/>).</summary>
    public bool UsesGateway => Enabled && string.Equals(InteractionsMode, GatewayMode, StringComparison.Ordinal);

    public string InteractionsMode => Interactions?.Trim().ToLowerInvariant() ?? (PublicKey is null ? GatewayMode : HttpMode);

    public const string GatewayMode = "gateway";

    public const string HttpMode = "http";

    // The token must never reach a log: this is what string interpolation and structured logging print.
    public override string ToString() =>
        $"DiscordOptions {{ BotToken = {(Enabled ? "(set, hidden)" : "(not set)")}, ApplicationId = {ApplicationId ?? "(not set)"}, " +
        $"PublicKey = {PublicKey ?? "(not set)"}, ApiBaseUrl = {ApiBaseUrl}, Interactions = {InteractionsMode}, GatewayUrl = {GatewayUrl?.ToString() ?? "(from Discord)"}, DevelopmentGuildId = {DevelopmentGuildId ?? "(not set)"} }}";
}
