using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Slack.Alerts;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack;

/// <summary>
/// Whether Slack traffic may flow: off without a bot token, stopped for good (until restart) once Slack says the
/// token is dead, so one bad token does not turn into a stream of refused calls. The API client both checks and
/// sets it, so every bot-token call (posts, users.info, uploads) obeys it.
/// </summary>
internal sealed class SlackChannelStatus(IOptions<SlackOptions> options) : IChannelStatus
{
    private volatile string? stoppedReason;

    public string Platform => SlackAlertChannel.PlatformName;

    public bool Enabled => options.Value.HasBotToken && stoppedReason is null;

    public bool IsStopped => stoppedReason is not null;

    /// <summary>The Slack error that stopped traffic, if any.</summary>
    public string? StoppedReason => stoppedReason;

    public string Detail =>
        !options.Value.HasBotToken ? $"off: {SlackOptions.BotTokenKey} not set"
        : stoppedReason is { } reason ? $"stopped: {reason} (fix {SlackOptions.BotTokenKey} and restart)"
        : "ok";

    /// <summary>Stops all Slack traffic; the first reason wins.</summary>
    public void Stop(string reason) => Interlocked.CompareExchange(ref stoppedReason, reason, null);
}
