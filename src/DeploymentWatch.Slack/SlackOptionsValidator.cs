using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack;

/// <summary>Stops start-up on Slack settings that could never work, naming the key; it never echoes a secret.</summary>
internal sealed partial class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckToken(options.BotToken, "xoxb-", SlackOptions.BotTokenKey, "a bot token", failures);
        CheckToken(options.AppToken, "xapp-", SlackOptions.AppTokenKey, "an app-level token", failures);

        if (options.HasAppToken && !options.HasBotToken)
        {
            failures.Add($"{SlackOptions.AppTokenKey} is set but {SlackOptions.BotTokenKey} is not: Socket Mode needs the bot token to answer commands.");
        }

        if (options.SigningSecret is { } secret && secret.Length > 0 && string.IsNullOrWhiteSpace(secret))
        {
            failures.Add($"{SlackOptions.SigningSecretKey} is blank.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{SlackOptions.ApiBaseUrlKey} must be an absolute http(s) URL (default {SlackOptions.DefaultApiBaseUrl}).");
        }

        foreach (var id in options.AdminUserIdSet.Where(id => !UserId().IsMatch(id)))
        {
            failures.Add($"{SlackOptions.AdminUserIdsKey} contains '{id}', which is not a Slack user id (U… or W…).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckToken(string? token, string prefix, string key, string what, List<string> failures)
    {
        if (token is null || token.Length == 0)
        {
            return;
        }

        // Says which prefix was expected without repeating any part of the value.
        if (!token.StartsWith(prefix, StringComparison.Ordinal) || token.Length <= prefix.Length || token.Any(char.IsWhiteSpace))
        {
            failures.Add($"{key} must be {what} starting with '{prefix}' (the value set does not look like one).");
        }
    }

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$")]
    private static partial Regex UserId();
}
