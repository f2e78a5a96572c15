namespace DeploymentWatch.Slack;

/// <summary>
/// Slack settings. They come from top-level configuration keys (environment variables), not a section, because
/// operators set SLACK_* variables; <see cref="ToString"/> never shows a secret.
/// </summary>
internal sealed class SlackOptions
{
    public const string BotTokenKey = "SLACK_BOT_TOKEN";
    public const string SigningSecretKey = "SLACK_SIGNING_SECRET";
    public const string AppTokenKey = "SLACK_APP_TOKEN";
    public const string ApiBaseUrlKey = "SLACK_API_BASE_URL";
    public const string AdminUserIdsKey = "SLACK_ADMIN_USER_IDS";
    public const string DefaultApiBaseUrl = "https://slack.com/api";

    /// <summary>Bot token (xoxb-…): posting, joining, users.info. Missing switches Slack delivery off.</summary>
    public string? BotToken { get; set; }

    /// <summary>Signs slash-command requests over HTTP. Missing makes the endpoint refuse everything.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>App-level token (xapp-…) for Socket Mode; Socket Mode runs only when it is set.</summary>
    public string? AppToken { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Comma-separated user ids allowed to change channels besides workspace admins and owners.</summary>
    public string? AdminUserIds { get; set; }

    public bool HasBotToken => !string.IsNullOrWhiteSpace(BotToken);

    public bool HasSigningSecret => !string.IsNullOrWhiteSpace(SigningSecret);

    public bool HasAppToken => !string.IsNullOrWhiteSpace(AppToken);

    public IReadOnlySet<string> AdminUserIdSet =>
        (AdminUserIds ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The method URL under the configured base ("…/api/chat.postMessage").</summary>
    public Uri MethodUri(string method) => new($"{ApiBaseUrl.TrimEnd('/')}/{method}");

    public override string ToString() =>
        $"SlackOptions {{ BotToken = {Mask(BotToken)}, SigningSecret = {Mask(SigningSecret)}, AppToken = {Mask(AppToken)}, " +
        $"ApiBaseUrl = {ApiBaseUrl}, AdminUserIds = {AdminUserIds ?? "(none)"} }}";

    // Shows only whether a secret is set, never any of its characters.
    private static string Mask(string? secret) => string.IsNullOrWhiteSpace(secret) ? "(not set)" : "(set)";
}
