using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Slack.Api;

namespace DeploymentWatch.Slack.Alerts;

/// <summary>Maps Slack's ok:false codes and throttling to typed delivery outcomes (docs.slack.dev chat.postMessage errors).</summary>
internal static class SlackDeliveryErrors
{
    private static readonly HashSet<string> ChannelGone = new(StringComparer.Ordinal)
    {
        "channel_not_found", "is_archived", "missing_scope", "not_in_channel", "restricted_action",
        "restricted_action_read_only_channel", "restricted_action_thread_only_channel", "restricted_action_non_threadable_channel",
        "team_access_not_granted", "ekm_access_denied", "access_denied",
    };

    private static readonly TimeSpan TransientRetry = TimeSpan.FromSeconds(30);

    public static DeliveryOutcome ToOutcome(SlackApiResult<SlackPostedMessage> result) => result.Status switch
    {
        SlackCallStatus.Ok => DeliveryOutcome.Delivered(result.Value!.Ts),
        SlackCallStatus.RateLimited => DeliveryOutcome.Retry(result.RetryAfter ?? TimeSpan.FromSeconds(1), "slack rate limited"),
        SlackCallStatus.Transient => DeliveryOutcome.Retry(TransientRetry, $"slack unavailable: {result.Error}"),
        // A revoked or invalid token: every Slack channel waits for a fixed one; nothing is dropped or disabled.
        _ when result.Error is { } token && SlackTokenErrors.IsTokenDead(token) => DeliveryOutcome.TokenDead($"slack: {token}"),
        _ when IsGone(result.Error) => DeliveryOutcome.Gone($"slack: {result.Error}"),
        // msg_too_long, invalid_blocks, no_text, cant_update_message… and codes we do not know: this message will not
        // go through as it is, but the channel is fine.
        _ => DeliveryOutcome.Rejected($"slack: {result.Error}"),
    };

    public static bool IsGone(string? error) => error is not null && ChannelGone.Contains(error);
}
