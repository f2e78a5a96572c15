using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Commands;

/// <summary>
/// A command typed in a channel, from any front end. <paramref name="Text"/> is the command line after the bot's
/// name ("mute casualties 6h"); <paramref name="CanManageChannel"/> is what the platform said about the user
/// (Discord Manage Channels, Slack admin or allow-list, always true on the local console).
/// </summary>
public sealed record CommandRequest(ChannelAddress Channel, string UserId, bool CanManageChannel, string Text);
