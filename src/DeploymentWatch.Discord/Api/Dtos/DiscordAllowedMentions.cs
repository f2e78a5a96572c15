namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>allowed_mentions; <see cref="None"/> (parse: []) suppresses @everyone, role and user pings.</summary>
internal sealed record DiscordAllowedMentions(IReadOnlyList<string> Parse)
{
    public static DiscordAllowedMentions None { get; } = new([]);
}
