namespace DeploymentWatch.Discord.Interactions.Payloads;

/// <summary>What Discord POSTs to the interactions endpoint (only the fields we read; the spec does not model it).</summary>
internal sealed record DiscordInteraction
{
    public string? Id { get; init; }

    public string? ApplicationId { get; init; }

    /// <summary>1 PING, 2 APPLICATION_COMMAND, 3 component, 4 autocomplete, 5 modal submit.</summary>
    public int Type { get; init; }

    public DiscordInteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>Present in guilds; its permissions are the member's, with the channel's overwrites applied.</summary>
    public DiscordInteractionMember? Member { get; init; }

    /// <summary>Present in DMs instead of <see cref="Member"/>.</summary>
    public DiscordInteractionUser? User { get; init; }

    /// <summary>The continuation token for follow-ups (15 minutes). A secret: never logged.</summary>
    public string? Token { get; init; }
}
