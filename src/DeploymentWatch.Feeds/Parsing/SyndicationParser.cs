using System.Xml.Linq;
using CodeHollow.FeedReader.Feeds;
using DeploymentWatch.Application.Polling;
using Parsed = CodeHollow.FeedReader;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// Turns an inspected RSS 2.0, RSS 1.0 (RDF) or Atom document into <see cref="FeedItem"/>s with CodeHollow.FeedReader,
/// filling what the library leaves out (Atom updated, RDF content:encoded, dates it could not read).
/// </summary>
internal static class SyndicationParser
{
    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Only call with text that <see cref="XmlFeedInspector"/> accepted: the library itself resolves DTDs.</summary>
    public static IReadOnlyList<FeedItem> Parse(string inspectedText, string? outlet)
    {
        var feed = Parsed.FeedReader.ReadFromString(inspectedText);
        var feedOutlet = string.IsNullOrWhiteSpace(outlet) ? NullIfBlank(feed.Title) : outlet;
        return feed.Items.Select(item => ToFeedItem(item, feedOutlet)).ToList();
    }

    private static FeedItem ToFeedItem(Parsed.FeedItem item, string? outlet) => new(
        ItemGuid: NullIfBlank(item.SpecificItem is Rss10FeedItem rdf ? rdf.About ?? item.Id : item.Id),
        Link: NullIfBlank(Link(item)),
        Title: NullIfBlank(item.Title),
        Content: FirstNonBlank(EncodedContent(item), item.Content, item.Description) ?? string.Empty,
        Published: Published(item),
        Outlet: outlet);

    private static string? Link(Parsed.FeedItem item) =>
        item.SpecificItem is AtomFeedItem atom
            ? atom.Links?.FirstOrDefault(l => l.Relation is null or "" or "alternate")?.Href ?? item.Link
            : item.Link;

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

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
