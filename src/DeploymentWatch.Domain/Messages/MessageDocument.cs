namespace DeploymentWatch.Domain.Messages;

/// <summary>
/// What reaches a channel, before any platform sees it: alerts and command replies alike. Adapters render it
/// (a Discord embed, Slack blocks, console text) and enforce their platform's limits; the text here is plain and
/// untrusted (feed text), so every renderer escapes it and suppresses mentions.
/// </summary>
/// <param name="Title">Headline (plain text).</param>
/// <param name="Text">Body (plain text, paragraphs separated by '\n').</param>
/// <param name="Fields">Labelled values, in order (topics, figures, why it matched…).</param>
/// <param name="Link">Where the title links to, if anywhere.</param>
/// <param name="Colour">RGB 0xRRGGBB accent, if any (per topic).</param>
/// <param name="Footer">Small print: outlet and time.</param>
/// <param name="Timestamp">When the reported thing was published.</param>
/// <param name="Attachment">An image to attach (a chart), if any.</param>
public sealed record MessageDocument(
    string Title,
    string Text,
    IReadOnlyList<MessageField> Fields,
    Uri? Link = null,
    int? Colour = null,
    string? Footer = null,
    DateTimeOffset? Timestamp = null,
    MessageAttachment? Attachment = null)
{
    public static MessageDocument Plain(string title, string text) => new(title, text, []);
}
