using DeploymentWatch.Application.Commands;
using DeploymentWatch.Discord.Alerts;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Commands;
using DeploymentWatch.Discord.Interactions.Payloads;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// Turns a /deploymentwatch interaction into a <see cref="CommandRequest"/>, or into the refusal to answer at once.
/// Manage Channels is checked here for the subcommands that change a channel, because Discord's
/// default_member_permissions cannot be set per subcommand.
/// </summary>
internal static class DiscordInteractionMapper
{
    public static (CommandRequest? Request, DiscordInteractionResponse? Refusal) Map(DiscordInteraction interaction)
    {
        if (!string.Equals(interaction.Data?.Name, DiscordCommandBuilder.CommandName, StringComparison.Ordinal))
        {
            return Refuse("Unknown command", $"This bot only answers /{DiscordCommandBuilder.CommandName}.");
        }

        if (interaction.GuildId is not { Length: > 0 } guildId || interaction.ChannelId is not { Length: > 0 } channelId)
        {
            return Refuse("Server channels only", "Alerts are set up per server channel; run the command in one.");
        }

        var subcommand = interaction.Data?.Options?.FirstOrDefault(o => o.Type == DiscordCommandOptionType.SubCommand);
        if (subcommand?.Name is not { } name || CommandCatalog.Find(name) is not { } command)
        {
            return Refuse("Unknown command", $"Try /{DiscordCommandBuilder.CommandName} help.");
        }

        var canManage = DiscordPermissions.CanManageChannels(interaction.Member?.Permissions);
        if (command.ChangesChannel && !canManage)
        {
            return Refuse("Not allowed", $"Changing this channel's alerts ({command.Name}) needs the Manage Channels permission.");
        }

        var userId = interaction.Member?.User?.Id ?? interaction.User?.Id ?? "unknown";
        var channel = new ChannelAddress(DiscordAlertChannel.PlatformName, guildId, channelId);
        return (new CommandRequest(channel, userId, canManage, DiscordCommandLine.Build(command, subcommand.Options)), null);
    }

    private static (CommandRequest?, DiscordInteractionResponse?) Refuse(string title, string text) => (null, DiscordReplyRenderer.Error(title, text));
}
