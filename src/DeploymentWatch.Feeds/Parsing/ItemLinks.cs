using System.Xml.Linq;
using CodeHollow.FeedReader.Feeds;
using Parsed = CodeHollow.FeedReader;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// An item's link as an absolute http(s) URL: relative links resolve against every xml:base from the root down to
/// the link element (RSS 1.0, Atom 0.3 and 1.0 use them), then the feed's own URL. Anything that does not end as
/// http or https (javascript:, data:, a relative link with nothing to resolve it against) is dropped: an alert
/// without a link is better than one that runs a script or points nowhere.
/// </summary>
internal static class ItemLinks
{
    private static readonly XName XmlBase = XNamespace.Xml + "base";

    public static string? Resolve(Parsed.FeedItem item, Uri? feedUrl)
    {
        var (href, element) = Href(item);
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var baseUrl = BaseFor(element, feedUrl);
        var link = TryAbsolute(href, out var absolute)
            ? absolute
            : baseUrl is not null && Uri.TryCreate(baseUrl, href.Trim(), out var resolved) ? resolved : null;
        return link is not null && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps) ? link.AbsoluteUri : null;
    }

    /// <summary>The href the item gives and the element that holds it (for its xml:base chain).</summary>
    private static (string? Href, XElement? Element) Href(Parsed.FeedItem item)
    {
        var element = item.SpecificItem?.Element;
        if (item.SpecificItem is AtomFeedItem atom)
        {
            var chosen = atom.Links?.FirstOrDefault(l => l.Relation is null or "" or "alternate");
            var href = chosen?.Href ?? item.Link;
            var linkElement = element?.Elements().FirstOrDefault(e => e.Name.LocalName == "link" && (string?)e.Attribute("href") == href);
            return (href, linkElement ?? element);
        }

        var rssLink = element?.Elements().FirstOrDefault(e => e.Name.LocalName == "link");
        return (item.Link, rssLink ?? element);
    }

    /// <summary>The feed URL, then each xml:base from the root to <paramref name="element"/>, each resolved against the last.</summary>
    private static Uri? BaseFor(XElement? element, Uri? feedUrl)
    {
        var current = feedUrl;
        if (element is null)
        {
            return current;
        }

        foreach (var node in element.AncestorsAndSelf().Reverse())
        {
            if (node.Attribute(XmlBase)?.Value is not { } value || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (TryAbsolute(value, out var absolute))
            {
                current = absolute;
            }
            else if (current is not null && Uri.TryCreate(current, value.Trim(), out var relative))
            {
                current = relative;
            }
        }

        return current;
    }

    /// <summary>
    /// Absolute only when the text names its scheme: on Linux, Uri reads "/2025/story" as file:///2025/story, which
    /// for a feed is a path relative to its host.
    /// </summary>
    private static bool TryAbsolute(string text, out Uri uri)
    {
        text = text.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            && parsed.Scheme.Length > 1
            && text.StartsWith(parsed.Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            uri = parsed;
            return true;
        }

        uri = null!;
        return false;
    }
}
