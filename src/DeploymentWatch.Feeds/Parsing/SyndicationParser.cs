using System.Xml.Linq;
using CodeHollow.FeedReader.Feeds;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Domain.Articles;
using Parsed = CodeHollow.FeedReader;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// Turns an inspected RSS 2.0, RSS 1.0 (RDF) or Atom document into <see cref="FeedItem"/>s with CodeHollow.FeedReader,
/// filling what the library leaves out (Atom updated, RDF content:encoded, dates it could not read, relative links),
/// joining hard-wrapped lines of the content (feed content is HTML, where a line break is a space) and keeping
/// control characters out of every field.
/// </summary>
internal static class SyndicationParser
{
    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Only call with text that <see cref="XmlFeedInspector"/> accepted: the library itself resolves DTDs.</summary>
    /// <param name="inspectedText">The document.</param>
    /// <param name="outlet">The configured outlet; the feed's title when null.</param>
    /// <param name="feedUrl">Where the document was served from: relative links resolve against it (and xml:base).</param>
    public static IReadOnlyList<FeedItem> Parse(string inspectedText, string? outlet, Uri? feedUrl)
    {
        var feed = Parsed.FeedReader.ReadFromString(inspectedText);
        var feedOutlet = string.IsNullOrWhiteSpace(outlet) ? Clean(feed.Title) : outlet;
        return feed.Items.Select(item => ToFeedItem(item, feedOutlet, feedUrl)).ToList();
    }

    private static FeedItem ToFeedItem(Parsed.FeedItem item, string? outlet, Uri? feedUrl) => new(
        ItemGuid: Clean(item.SpecificItem is Rss10FeedItem rdf ? rdf.About ?? item.Id : item.Id),
        Link: ItemLinks.Resolve(item, feedUrl),
        Title: Clean(item.Title),
        Content: TextNormalizer.UnwrapLines(FirstNonBlank(EncodedContent(item), item.Content, item.Description) ?? string.Empty),
        Published: Published(item),
        Outlet: outlet);

    /// <summary>The library reads content:encoded for RSS 2.0 only; RDF feeds use it too.</summary>
    private static string? EncodedContent(Parsed.FeedItem item) =>
        item.SpecificItem is Rss10FeedItem ? item.SpecificItem.Element?.Element(ContentModule + "encoded")?.Value : null;

    private static DateTimeOffset? Published(Parsed.FeedItem item)
    {
        // Our parser first: it reads the offset the feed wrote (RFC 822, ISO 8601), while the library's parse
        // depends on the machine's culture and time zone. The library's value is only a fallback.
        if (FeedDateParser.Parse(item.PublishingDateString) is { } own)
        {
            return own;
        }

        if (item.PublishingDate is { } parsed)
        {
            // The library returns UtcDateTime values; say so, or the offset would become the machine's.
            return new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        }

        return item.SpecificItem switch
        {
            AtomFeedItem atom => FeedDateParser.Parse(atom.UpdatedDateString)
                ?? (atom.UpdatedDate is { } updated ? new DateTimeOffset(DateTime.SpecifyKind(updated, DateTimeKind.Utc)) : null),
            Rss20FeedItem rss => FeedDateParser.Parse(rss.DC?.DateString),
            _ => null,
        };
    }

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>One line of text without control characters, or null when nothing is left.</summary>
    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : NullIfBlank(TextNormalizer.CollapseWhitespace(TextNormalizer.RemoveControlCharacters(value)).Replace('\n', ' '));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
