using System.Globalization;
using System.Text;

namespace DeploymentWatch.Slack.Alerts;

/// <summary>
/// Slack's mrkdwn escaping and length fitting. Feed text is untrusted: escaping &amp;, &lt; and &gt; is what keeps
/// "&lt;!channel&gt;" or "&lt;https://evil|x&gt;" in an article from becoming a mention or a disguised link.
/// </summary>
internal static class SlackMrkdwn
{
    public const char Ellipsis = '…';

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// A link we chose to make, "&lt;url|label&gt;", or null when the URL is not http(s). The URL's own control
    /// characters are percent-encoded so nothing in it can close the link early.
    /// </summary>
    public static string? Link(Uri url, string label, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var target = url.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("&", "&amp;", StringComparison.Ordinal);
        var room = maxLength - target.Length - 3;
        if (room < 8)
        {
            return null;
        }

        var text = Fit(string.IsNullOrWhiteSpace(label) ? url.Host : label, room, escape: true);
        return $"<{target}|{text}>";
    }

    /// <summary>
    /// The text (escaped if asked) in at most <paramref name="maxLength"/> characters as sent: when it is too long it
    /// is cut at a word boundary (or at least between graphemes, never inside an emoji or an entity) and gets "…".
    /// </summary>
    public static string Fit(string text, int maxLength, bool escape)
    {
        ArgumentNullException.ThrowIfNull(text);
        var full = escape ? Escape(text) : text;
        if (full.Length <= maxLength)
        {
            return full;
        }

        if (maxLength < 1)
        {
            return string.Empty;
        }

        var budget = maxLength - 1;
        int used = 0, index = 0, lastSpace = -1;
        while (index < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text, index);
            var cost = escape ? EscapedLength(text.AsSpan(index, length)) : length;
            if (used + cost > budget)
            {
                break;
            }

            if (char.IsWhiteSpace(text[index]))
            {
                lastSpace = index;
            }

            used += cost;
            index += length;
        }

        // Prefer a whole word unless that throws away more than half of what fits.
        var cut = index < text.Length && !char.IsWhiteSpace(text[index]) && lastSpace > index / 2 ? lastSpace : index;
        var prefix = text[..cut].TrimEnd();
        return (escape ? Escape(prefix) : prefix) + Ellipsis;
    }

    private static int EscapedLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        foreach (var c in text)
        {
            length += c switch
            {
                '&' => 5,
                '<' or '>' => 4,
                _ => 1,
            };
        }

        return length;
    }
}
