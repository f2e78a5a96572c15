namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>A rich embed (request side); see DiscordLimits for what each field may hold.</summary>
internal sealed record DiscordEmbed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public int? Color { get; init; }

    /// <summary>ISO-8601.</summary>
    public string? Timestamp { get; init; }

    public IReadOnlyList<DiscordEmbedField>? Fields { get; init; }

    public DiscordEmbedFooter? Footer { get; init; }

    public DiscordEmbedImage? Image { get; init; }
}
