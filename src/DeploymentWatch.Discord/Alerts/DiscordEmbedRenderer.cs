using System.Globalization;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Discord.Alerts;

/// <summary>
/// Renders a <see cref="MessageDocument"/> as one embed inside every Discord limit, with all feed text escaped.
/// When the 6,000-character total is exceeded, the description shrinks first (to no less than 1,024), then fields
/// are dropped from the end, then the description takes what is left: the headline and the source stay whole.
/// </summary>
internal static class DiscordEmbedRenderer
{
    private const int DescriptionFloor = 1024;

    /// <summary>
    /// Renders a document. <paramref name="keepCode"/> is for the bot's own command replies, whose `code` spans
    /// ("until you `unmute`") are meant as code; feed text never gets it, so every backtick in an alert stays literal.
    /// </summary>
    public static DiscordRenderedMessage Render(MessageDocument document, bool keepCode = false)
    {
        Func<string, string> escape = keepCode ? DiscordMarkdownEscaper.EscapeKeepingCode : DiscordMarkdownEscaper.Escape;
        string Escaped(string? text, int maxLength) => DiscordTextTruncator.Fit(text, maxLength, escape);
        var title = Escaped(document.Title, DiscordLimits.EmbedTitle);
        var footer = Escaped(document.Footer, DiscordLimits.EmbedFooter);
        var fields = document.Fields
            .Take(DiscordLimits.EmbedFields)
            .Select(f => new DiscordEmbedField(
                OrBlank(Escaped(f.Name, DiscordLimits.EmbedFieldName)),
                OrBlank(Escaped(f.Value, DiscordLimits.EmbedFieldValue)),
                f.Inline ? true : null))
            .ToList();
        var fullDescription = Escaped(document.Text, DiscordLimits.EmbedDescription);
        var descriptionReserve = Math.Min(fullDescription.Length, DescriptionFloor);
        while (fields.Count > 0 && title.Length + footer.Length + FieldsLength(fields) + descriptionReserve > DiscordLimits.EmbedTotal)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        var descriptionRoom = Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - title.Length - footer.Length - FieldsLength(fields));
        var description = Escaped(document.Text, descriptionRoom);
        if (title.Length == 0 && description.Length == 0 && fields.Count == 0)
        {
            title = "(untitled)";
        }

        var upload = document.Attachment is { } attachment ? ToUpload(attachment) : null;
        var embed = new DiscordEmbed
        {
            Title = NullIfEmpty(title),
            Description = NullIfEmpty(description),
            Url = SafeUrl(document.Link),
            Color = document.Colour is { } colour ? colour & 0xFFFFFF : null,
            Timestamp = document.Timestamp?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Fields = fields.Count == 0 ? null : fields,
            Footer = footer.Length == 0 ? null : new DiscordEmbedFooter(footer),
            Image = upload is null ? null : new DiscordEmbedImage("attachment://" + upload.FileName),
        };
        return new DiscordRenderedMessage(embed, upload);
    }

    /// <summary>What Discord counts toward the 6,000 total of one embed.</summary>
    public static int TotalLength(DiscordEmbed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0) + FieldsLength(embed.Fields ?? []);


    private static int FieldsLength(IEnumerable<DiscordEmbedField> fields) => fields.Sum(f => f.Name.Length + f.Value.Length);

    private static string OrBlank(string text) => text.Length == 0 ? DiscordLimits.Blank : text;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    // Only absolute http(s) links within the URL limit: anything else would make Discord reject the whole message.
    private static string? SafeUrl(Uri? link) =>
        link is { IsAbsoluteUri: true } && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp) && link.AbsoluteUri.Length <= DiscordLimits.Url
            ? link.AbsoluteUri
            : null;

    private static DiscordUpload ToUpload(MessageAttachment attachment)
    {
        // attachment://name must match the uploaded file's name exactly; keep it to characters Discord never rewrites.
        var name = new string(Path.GetFileName(attachment.FileName).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).Trim('.');
        if (name.Length == 0 || name.Length > 100)
        {
            name = "chart.png";
        }

        return new DiscordUpload(name, string.IsNullOrWhiteSpace(attachment.ContentType) ? "application/octet-stream" : attachment.ContentType, attachment.Content);
    }
}
