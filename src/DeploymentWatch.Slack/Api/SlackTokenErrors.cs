namespace DeploymentWatch.Slack.Api;

/// <summary>Error codes that mean the token itself is dead, so every later call with it would fail the same way.</summary>
internal static class SlackTokenErrors
{
    private static readonly HashSet<string> Dead =
        new(StringComparer.Ordinal) { "invalid_auth", "account_inactive", "token_revoked", "token_expired", "not_authed" };

    public static bool IsTokenDead(string? error) => error is not null && Dead.Contains(error);
}
