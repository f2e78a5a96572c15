using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DeploymentWatch.Domain.Articles;

/// <summary>
/// Turns feed content (HTML or text) into plain text: scripts, styles and tags removed (block tags become line
/// breaks), entities decoded, white space collapsed within lines, blank lines removed.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return string.Empty;
        }

        var text = content;
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = ScriptOrStyle().Replace(text, " ");
            text = Comment().Replace(text, " ");
            text = BlockTag().Replace(text, "\n");
            text = AnyTag().Replace(text, " ");
        }

        // Decoding twice handles feeds that double-escape ("&amp;amp;"), common in RSS descriptions.
        text = WebUtility.HtmlDecode(WebUtility.HtmlDecode(text));
        return CollapseWhitespace(text);
    }

    /// <summary>Collapses runs of spaces within lines and drops empty lines; keeps one '\n' between paragraphs.</summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r', '\u2028', '\u2029'))
        {
            var line = Spaces().Replace(rawLine, " ").Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(line);
        }

        return sb.ToString();
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

    [GeneratedRegex(@"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<\s*(br|/p|p|/div|div|/li|li|/h[1-6]|h[1-6]|/tr|/blockquote|blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t\f\v\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Spaces();
}
