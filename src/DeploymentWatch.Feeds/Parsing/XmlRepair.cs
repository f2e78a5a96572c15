using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// The lenient pass, for a body the strict check refused: bare ampersands ("AT&amp;T") are escaped, HTML entities
/// ("&amp;nbsp;", which RSS 0.91 took from its DTD) become character references, references and raw characters
/// that XML forbids (control characters, lone surrogates, beyond U+10FFFF) are dropped. CDATA sections and
/// comments are copied as they are. Never expands an entity the document declares: DTDs stay refused.
/// </summary>
internal static class XmlRepair
{
    private const int LongestEntityName = 32;
    private static readonly string[] XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Repair(string text)
    {
        var sb = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && CopyVerbatim(text, i, sb, "<![CDATA[", "]]>") is var afterCdata and > 0)
            {
                i = afterCdata;
            }
            else if (c == '<' && CopyVerbatim(text, i, sb, "<!--", "-->") is var afterComment and > 0)
            {
                i = afterComment;
            }
            else if (c == '&')
            {
                i = Reference(text, i, sb);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i += 2;
            }
            else
            {
                if (XmlConvert.IsXmlChar(c))
                {
                    sb.Append(c);
                }

                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>Copies a section from its opener through its closer; returns the index after it, or 0 if none starts here.</summary>
    private static int CopyVerbatim(string text, int start, StringBuilder sb, string opener, string closer)
    {
        if (string.CompareOrdinal(text, start, opener, 0, opener.Length) != 0)
        {
            return 0;
        }

        var close = text.IndexOf(closer, start + opener.Length, StringComparison.Ordinal);
        var end = close < 0 ? text.Length : close + closer.Length;
        foreach (var c in text.AsSpan(start, end - start))
        {
            // Even here XML forbids control characters.
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            {
                sb.Append(c);
            }
        }

        return end;
    }

    /// <summary>Handles the '&amp;' at <paramref name="start"/>; returns the index after what it consumed.</summary>
    private static int Reference(string text, int start, StringBuilder sb)
    {
        var semicolon = text.IndexOf(';', start + 1, Math.Min(LongestEntityName + 2, text.Length - start - 1));
        if (semicolon < 0)
        {
            sb.Append("&amp;");
            return start + 1;
        }

        var name = text.AsSpan(start + 1, semicolon - start - 1);
        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (long.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && digits.Length <= 8)
            {
                if (IsXmlCodePoint(code))
                {
                    sb.Append(text, start, semicolon - start + 1);
                }

                // An out-of-range or forbidden reference (&#27;, &#0;, &#xD800;, &#1114112;) is dropped.
                return semicolon + 1;
            }

            sb.Append("&amp;");
            return start + 1;
        }

        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !IsName(name))
        {
            sb.Append("&amp;");
            return start + 1;
        }

        if (XmlEntities.Contains(name.ToString(), StringComparer.Ordinal))
        {
            sb.Append(text, start, semicolon - start + 1);
            return semicolon + 1;
        }

        var entity = text.Substring(start, semicolon - start + 1);
        var decoded = WebUtility.HtmlDecode(entity);
        if (decoded == entity)
        {
            // Not an HTML entity either: keep it as text.
            sb.Append("&amp;").Append(name);
            sb.Append(';');
            return semicolon + 1;
        }

        for (var k = 0; k < decoded.Length; k += char.IsSurrogatePair(decoded, k) ? 2 : 1)
        {
            sb.Append("&#").Append(char.ConvertToUtf32(decoded, k).ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return semicolon + 1;
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsXmlCodePoint(long code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
}
