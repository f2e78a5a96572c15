using DeploymentWatch.Application.Delivery;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack.Alerts;

/// <summary>
/// Whether Slack traffic may flow: off without a bot token, stopped for good (until restart) once Slack says the
/// token is dead, so one bad token does not turn into a stream of refused calls.
/// </summary>
internal sealed class SlackChannelStatus(IOptions<SlackOptions> options) : IChannelStatus
{
    private volatile string? stoppedReason;

    public string Platform => SlackAlertChannel.PlatformName;

    public bool Enabled => options.Value.HasBotToken && stoppedReason is null;

    public bool IsStopped => stoppedReason is not null;

    public string Detail =>
        !options.Value.HasBotToken ? $"off: {SlackOptions.BotTokenKey} not set"
        : stoppedReason is { } reason ? $"stopped: {reason} (fix {SlackOptions.BotTokenKey} and restart)"
        : "ok";

    /// <summary>Stops all Slack traffic; the first reason wins.</summary>
    public void Stop(string reason) => Interlocked.CompareExchange(ref stoppedReason, reason, null);
}
