namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>The option types we use (Discord's numbering).</summary>
internal static class DiscordCommandOptionType
{
    public const int SubCommand = 1;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
}
