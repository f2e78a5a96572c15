using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// Checks a decoded body before the feed parser sees it: that parser resolves DTDs, so billion-laughs and external
/// entities must be refused here. A DOCTYPE that declares nothing (RSS 0.91's) is blanked out, never fetched; one
/// with an internal subset is refused. A body that is not well-formed gets one lenient pass (<see cref="XmlRepair"/>).
/// Gives the text the parser may read, or the reason in one line.
/// </summary>
internal sealed partial class XmlFeedInspector(IOptions<FeedsOptions> options)
{
    public const string DtdRefused = "DTD/entities are not allowed in feeds";
    private static readonly string[] FeedRoots = ["rss", "rdf", "feed"];

    /// <summary>The text to parse (possibly repaired), or null and the reason in <paramref name="problem"/>.</summary>
    public string? Inspect(string text, out string? problem)
    {
        problem = Precheck(text);
        if (problem is not null)
        {
            return null;
        }

        if (DoctypeSpan(text) is { } doctype)
        {
            if (text.AsSpan(doctype.Start, doctype.Length).Contains('['))
            {
                problem = DtdRefused;
                return null;
            }

            text = Blank(text, doctype.Start, doctype.Length);
        }

        problem = CheckWellFormedFeed(text);
        if (problem is null || problem == DtdRefused)
        {
            return problem is null ? text : null;
        }

        var repaired = XmlRepair.Repair(text);
        if (CheckWellFormedFeed(repaired) is null)
        {
            problem = null;
            return repaired;
        }

        return null;
    }

    private static string? Precheck(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty body";
        }

        return LooksLikeHtml(text) ? "not a feed: got an HTML page" : null;
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

    /// <summary>
    /// Walks the prolog (declaration, processing instructions, comments) to the first markup that is not one; if that
    /// is a DOCTYPE, its start and length (through the '&gt;' that closes it, past any internal subset).
    /// </summary>
    private static (int Start, int Length)? DoctypeSpan(string text)
    {
        var position = 0;
        while (true)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (string.CompareOrdinal(text, position, "<?", 0, 2) == 0)
            {
                position = SkipPast(text, position, "?>");
            }
            else if (string.CompareOrdinal(text, position, "<!--", 0, 4) == 0)
            {
                position = SkipPast(text, position, "-->");
            }
            else if (string.Compare(text, position, "<!DOCTYPE", 0, 9, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var subset = text.IndexOf('[', position);
                var close = text.IndexOf('>', position);
                if (subset >= 0 && subset < close)
                {
                    close = text.IndexOf("]>", subset, StringComparison.Ordinal) is var end and >= 0 ? end + 1 : text.Length - 1;
                }

                return close < 0 ? (position, text.Length - position) : (position, close - position + 1);
            }
            else
            {
                return null;
            }
        }
    }

    private static int SkipPast(string text, int position, string terminator)
    {
        var end = text.IndexOf(terminator, position, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    /// <summary>Spaces over a range, keeping its line breaks so that later error positions stay true.</summary>
    private static string Blank(string text, int start, int length) =>
        string.Create(text.Length, (text, start, length), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            foreach (ref var c in span.Slice(state.start, state.length))
            {
                c = c is '\n' or '\r' ? c : ' ';
            }
        });

    private static string WithoutPosition(string message) => TrailingPosition().Replace(message, string.Empty);

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex TrailingPosition();
}
