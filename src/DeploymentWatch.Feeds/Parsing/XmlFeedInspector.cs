using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// Checks a decoded body before the feed parser sees it: that parser resolves DTDs, so billion-laughs and external
/// entities must be refused here. Returns null when the body is a well-formed RSS, RDF or Atom document, else the
/// reason in one line.
/// </summary>
internal sealed partial class XmlFeedInspector(IOptions<FeedsOptions> options)
{
    public const string DtdRefused = "DTD/entities are not allowed in feeds";
    private static readonly string[] FeedRoots = ["rss", "rdf", "feed"];

    public string? Inspect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty body";
        }

        if (LooksLikeHtml(text))
        {
            return "not a feed: got an HTML page";
        }

        if (PrologHasDoctype(text))
        {
            return DtdRefused;
        }

        return CheckWellFormedFeed(text);
    }

    private string? CheckWellFormedFeed(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = options.Value.MaxBytes,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        string? root = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read())
            {
                root ??= reader.NodeType == XmlNodeType.Element ? reader.LocalName : null;
            }
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return DtdRefused;
        }
        catch (XmlException ex)
        {
            return $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {WithoutPosition(ex.Message)}";
        }

        return root is not null && FeedRoots.Contains(root, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"not a feed: XML root <{root}>";
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text[..Math.Min(text.Length, 2048)];
        var html = Math.Max(head.IndexOf("<html", StringComparison.OrdinalIgnoreCase), head.IndexOf("<!doctype html", StringComparison.OrdinalIgnoreCase));
        if (html < 0)
        {
            return false;
        }

        var feed = FeedRoots.Select(r => head.IndexOf("<" + r, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
        return html < feed;
    }

    /// <summary>Walks the prolog (declaration, processing instructions, comments) to the first markup that is not one.</summary>
    private static bool PrologHasDoctype(string text)
    {
        var rest = text.AsSpan().TrimStart();
        while (true)
        {
            if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                rest = SkipPast(rest, "?>");
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                rest = SkipPast(rest, "-->");
            }
            else
            {
                return rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static ReadOnlySpan<char> SkipPast(ReadOnlySpan<char> text, string terminator)
    {
        var end = text.IndexOf(terminator, StringComparison.Ordinal);
        return end < 0 ? [] : text[(end + terminator.Length)..].TrimStart();
    }

    private static string WithoutPosition(string message) => TrailingPosition().Replace(message, string.Empty);

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex TrailingPosition();
}
