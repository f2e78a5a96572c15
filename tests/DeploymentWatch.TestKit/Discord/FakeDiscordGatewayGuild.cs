namespace DeploymentWatch.TestKit.Discord;

/// <summary>
/// The one guild the fake Gateway serves: @everyone may view and send in the channel; members given
/// <see cref="ManagerRoleId"/> also have Manage Channels, which Discord.Net computes from these roles.
/// </summary>
public sealed record FakeDiscordGatewayGuild(string GuildId, string ChannelId, string ManagerRoleId)
{
    /// <summary>VIEW_CHANNEL | SEND_MESSAGES for @everyone.</summary>
    public const string EveryonePermissions = "3072";

    /// <summary>MANAGE_CHANNELS for the manager role.</summary>
    public const string ManagerPermissions = "16";
}
