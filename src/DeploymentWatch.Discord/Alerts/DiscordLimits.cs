namespace DeploymentWatch.Discord.Alerts;

/// <summary>Discord's documented message and embed limits (docs "Embed Limits"; content per Create Message, not the spec's 4000).</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int EmbedFieldName = 256;
    public const int EmbedFieldValue = 1024;
    public const int EmbedFooter = 2048;
    public const int EmbedTotal = 6000;
    public const int Url = 2048;
    public const int Nonce = 25;

    /// <summary>Field names and values may not be empty; a zero-width space is the customary blank.</summary>
    public const string Blank = "\u200B";
}
