using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Alerts;
using DeploymentWatch.Discord.Api.RateLimits;
using DeploymentWatch.Discord.Gateway;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord;

/// <summary>
/// Discord's line in /healthz: off without a token, stopped after a 401, paused near the invalid-request ban; in
/// Gateway mode also the connection ("gateway: connected", "gateway: standby: another instance holds the Gateway").
/// </summary>
internal sealed class DiscordChannelStatus(IOptions<DiscordOptions> options, DiscordTrafficGate gate, DiscordGatewayStatus gateway) : IChannelStatus
{
    public string Platform => DiscordAlertChannel.PlatformName;

    public bool Enabled => options.Value.Enabled && !gate.IsStopped;

    public string Detail => options.Value.UsesGateway ? $"{Delivery}; gateway: {gateway.Describe()}" : Delivery;

    private string Delivery =>
        !options.Value.Enabled ? "off: DISCORD_BOT_TOKEN not set"
        : gate.StopReason is { } reason ? reason
        : gate.IsSuspended ? $"paused: {gate.InvalidRequestsInWindow} invalid requests in 10 minutes"
        : "ok";
}
