using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Alerts;
using DeploymentWatch.Discord.Api.RateLimits;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord;

/// <summary>Discord's line in /healthz: off without a token, stopped after a 401, paused near the invalid-request ban.</summary>
internal sealed class DiscordChannelStatus(IOptions<DiscordOptions> options, DiscordTrafficGate gate) : IChannelStatus
{
    public string Platform => DiscordAlertChannel.PlatformName;

    public bool Enabled => options.Value.Enabled && !gate.IsStopped;

    public string Detail =>
        !options.Value.Enabled ? "off: DISCORD_BOT_TOKEN not set"
        : gate.StopReason is { } reason ? reason
        : gate.IsSuspended ? $"paused: {gate.InvalidRequestsInWindow} invalid requests in 10 minutes"
        : "ok";
}
