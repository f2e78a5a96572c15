using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DeploymentWatch.Domain.Articles;

/// <summary>
/// Turns feed content (HTML or text) into plain text: scripts, styles and tags removed (block tags become line
/// breaks), entities decoded, control characters removed, white space collapsed within lines, blank lines removed,
/// and the result capped at <see cref="MaxTextLength"/> characters.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>
    /// Most text analysed per item. A long article is 20–40 thousand characters; a multi-megabyte description is
    /// padding or an attack, and analysing all of it costs seconds and hundreds of MB for nothing.
    /// </summary>
    public const int MaxTextLength = 100_000;

    /// <summary>Most raw content read before tags are stripped: markup rarely triples the text.</summary>
    public const int MaxContentLength = 4 * MaxTextLength;

    private static readonly string[] HiddenElements = ["script", "style", "noscript"];

    private static readonly string[] HiddenOpeners = [.. HiddenElements.Select(name => "<" + name)];

    public static string Normalize(string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return string.Empty;
        }

        var text = content.Length > MaxContentLength ? content[..MaxContentLength] : content;
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = StripTags(RemoveHiddenElements(text));
        }

        // Decoding twice handles feeds that double-escape ("&amp;amp;"), common in RSS descriptions.
        text = WebUtility.HtmlDecode(WebUtility.HtmlDecode(text));
        return Cap(CollapseWhitespace(RemoveControlCharacters(text)));
    }

    /// <summary>
    /// Joins hard-wrapped lines: a single line break is a space (as in HTML, where feed descriptions live), a blank
    /// line is a paragraph break. For feed content only: article files keep one paragraph per line.
    /// </summary>
    public static string UnwrapLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('\n', StringComparison.Ordinal) && !text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        var paragraphs = BlankLine().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        return string.Join("\n", paragraphs.Select(p => p.Replace('\n', ' ')));
    }

    /// <summary>
    /// Removes C0 and C1 control characters (ESC and the terminal sequences it starts, BEL, NUL…) and bidirectional
    /// overrides, which could rewrite a terminal or disguise text in a chat message. Line breaks and tabs stay.
    /// </summary>
    public static string RemoveControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(UnsafeChars))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Collapses runs of spaces within lines and drops empty lines; keeps one '\n' between paragraphs. Each line is
    /// trimmed of white space (<see cref="char.IsWhiteSpace"/>) and each run of <see cref="SpaceChars"/> inside it
    /// becomes one space. One pass over the text: it runs on every article, and splitting it into lines and
    /// rewriting each with a regex cost more than the rest of normalising.
    /// </summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The output is never longer than the input: written into a pooled buffer, it costs one string, or none when
        // the text was already collapsed (a title, or text normalised before).
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            var written = Collapse(text, buffer);
            var result = buffer.AsSpan(0, written);
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int Collapse(string text, char[] output)
    {
        var length = 0;
        var lineStart = -1;
        var inRun = false;
        var i = 0;
        while (i < text.Length)
        {
            if (lineStart >= 0)
            {
                // Inside a line, up to the next break or unusual space, a char is copied and a space starts a run:
                // no per-char set lookups for the bulk of the text.
                var run = text.AsSpan(i);
                var plain = run.IndexOfAny(BreaksAndUnusualSpaces);
                plain = plain < 0 ? run.Length : plain;
                foreach (var p in run[..plain])
                {
                    if (p == ' ')
                    {
                        if (!inRun)
                        {
                            output[length++] = ' ';
                        }

                        inRun = true;
                    }
                    else
                    {
                        output[length++] = p;
                        inRun = false;
                    }
                }

                i += plain;
                if (i == text.Length)
                {
                    break;
                }
            }

            var c = text[i++];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                length = TrimEnd(output, length, lineStart);
                lineStart = -1;
                inRun = false;
                continue;
            }

            var isSpace = SpaceChars.Contains(c);
            if (lineStart < 0)
            {
                // Leading white space is trimmed, whether or not it would have collapsed first.
                if (isSpace || char.IsWhiteSpace(c))
                {
                    continue;
                }

                if (length > 0)
                {
                    output[length++] = '\n';
                }

                lineStart = length;
            }

            if (isSpace)
            {
                if (!inRun)
                {
                    output[length++] = ' ';
                }

                inRun = true;
                continue;
            }

            inRun = false;
            output[length++] = c;
        }

        return TrimEnd(output, length, lineStart);
    }

    private static int TrimEnd(char[] output, int length, int lineStart)
    {
        while (lineStart >= 0 && length > lineStart && char.IsWhiteSpace(output[length - 1]))
        {
            length--;
        }

        return length;
    }

    /// <summary>A title reduced to its letters and digits, for "was this headline seen in this feed already".</summary>
    public static string TitleKey(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var sb = new StringBuilder(title.Length);
        foreach (var c in Matching.TextFolder.Fold(title))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether <see cref="TitleKey"/> of <paramref name="text"/> starts with <see cref="TitleKey"/> of
    /// <paramref name="title"/>, walking both without building either key: it runs on every article.
    /// </summary>
    internal static bool TitleKeyStartsWith(ReadOnlySpan<char> text, ReadOnlySpan<char> title)
    {
        var t = 0;
        foreach (var raw in title)
        {
            var c = Matching.TextFolder.Fold(raw);
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            char next;
            do
            {
                if (t == text.Length)
                {
                    return false;
                }

                next = Matching.TextFolder.Fold(text[t++]);
            }
            while (!char.IsLetterOrDigit(next));

            if (next != c)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <see cref="TitleKey"/> of <paramref name="title"/> is not empty.</summary>
    internal static bool HasTitleKey(ReadOnlySpan<char> title)
    {
        foreach (var raw in title)
        {
            if (char.IsLetterOrDigit(Matching.TextFolder.Fold(raw)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The chars <see cref="IsUnsafe"/> accepts, for a vectorised "is there any?" before the copy.</summary>
    private static readonly SearchValues<char> UnsafeChars = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(IsUnsafe).ToArray());

    /// <summary>White space that collapses to one space within a line: spaces, tabs, no-break and Unicode spaces.</summary>
    private static readonly SearchValues<char> SpaceChars = SearchValues.Create(SpaceCharList);

    private const string SpaceCharList =
        " \t\f\v\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u202F\u205F\u3000";

    /// <summary>The chars a line's fast copy stops at: line breaks and every collapsing space but the plain one.</summary>
    private static readonly SearchValues<char> BreaksAndUnusualSpaces = SearchValues.Create(
        "\n\r\u2028\u2029" + SpaceCharList.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>Cuts at the last paragraph or sentence end before the cap, so no figure loses half its sentence.</summary>
    private static string Cap(string text)
    {
        if (text.Length <= MaxTextLength)
        {
            return text;
        }

        var head = text.AsSpan(0, MaxTextLength);
        var cut = Math.Max(head.LastIndexOf('\n'), head.LastIndexOf(". ", StringComparison.Ordinal) + 1);
        return (cut > MaxTextLength / 2 ? head[..cut] : head).TrimEnd().ToString();
    }

    /// <summary>
    /// Drops script, style and noscript elements and comments in one forward scan. A lazy regex would rescan the rest
    /// of the text for every unclosed tag (quadratic on hostile input); here a closer searched for and not found is
    /// remembered, and an unclosed element is left to the tag stripper, so its text is kept.
    /// </summary>
    private static string RemoveHiddenElements(string html)
    {
        // Most feed markup has none of them: then the scan below would copy the text unchanged.
        if (!html.Contains("<!--", StringComparison.Ordinal) && !HiddenOpeners.Any(opener => html.Contains(opener, StringComparison.OrdinalIgnoreCase)))
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        var unclosed = new bool[HiddenElements.Length + 1];
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0)
            {
                sb.Append(html, position, html.Length - position);
                break;
            }

            sb.Append(html, position, open - position);
            var end = HiddenEnd(html, open, unclosed);
            if (end < 0)
            {
                sb.Append('<');
                position = open + 1;
                continue;
            }

            sb.Append(' ');
            position = end;
        }

        return sb.ToString();
    }

    /// <summary>Where a closed hidden element or comment starting at <paramref name="open"/> ends; -1 if it is not one.</summary>
    private static int HiddenEnd(string html, int open, bool[] unclosed)
    {
        if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
        {
            return Closer(html, open + 4, "-->", unclosed, HiddenElements.Length) is var close and >= 0 ? close + 3 : -1;
        }

        for (var i = 0; i < HiddenElements.Length; i++)
        {
            var name = HiddenElements[i];
            var after = open + 1 + name.Length;
            if (after <= html.Length
                && string.Compare(html, open + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || !char.IsAsciiLetterOrDigit(html[after])))
            {
                var close = Closer(html, after, "</" + name, unclosed, i);
                var gt = close < 0 ? -1 : html.IndexOf('>', close);
                return gt < 0 ? -1 : gt + 1;
            }
        }

        return -1;
    }

    private static int Closer(string html, int from, string closer, bool[] unclosed, int slot)
    {
        if (unclosed[slot])
        {
            return -1;
        }

        var close = html.IndexOf(closer, from, StringComparison.OrdinalIgnoreCase);
        unclosed[slot] = close < 0;
        return close;
    }

    /// <summary>Tags out, block tags as line breaks, in one forward scan; a '&lt;' with no '&gt;' after it is text.</summary>
    private static string StripTags(string html)
    {
        var sb = new StringBuilder(html.Length);
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            var close = open < 0 ? -1 : html.IndexOf('>', open);
            if (close < 0)
            {
                sb.Append(html, position, html.Length - position);
                break;
            }

            sb.Append(html, position, open - position);
            sb.Append(BlockTag().IsMatch(html.AsSpan(open, close - open + 1)) ? '\n' : ' ');
            position = close + 1;
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^<\s*/?\s*(br|p|div|li|h[1-6]|tr|blockquote)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();

}
