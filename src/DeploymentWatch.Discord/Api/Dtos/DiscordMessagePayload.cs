namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>
/// The body of Create Message, Edit Message, Edit Original Interaction Response and an interaction callback's data:
/// one shape, with the fields a route does not take left null (and so omitted).
/// </summary>
internal sealed record DiscordMessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<DiscordEmbed>? Embeds { get; init; }

    /// <summary>Always set: feed text is untrusted, so nothing it contains may ping anyone.</summary>
    public DiscordAllowedMentions AllowedMentions { get; init; } = DiscordAllowedMentions.None;

    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    public IReadOnlyList<DiscordAttachmentRef>? Attachments { get; init; }

    public int? Flags { get; init; }
}
