using System.Text;
using System.Text.RegularExpressions;

namespace DeploymentWatch.Discord.Alerts;

/// <summary>
/// Makes untrusted feed text display literally: markdown characters are backslash-escaped (Discord renders "\*"
/// as "*"), so "**", "||spoilers||", "[masked](links)", "# headings", "&lt;@&amp;123&gt;" and "@everyone" stay inert
/// text. Characters that only mean something at the start of a line ('#', '>', '-') are escaped only there, so
/// "(#1)" and "10,000-12,000" read as they are.
/// </summary>
internal static partial class DiscordMarkdownEscaper
{
    // '@' and '<' break mentions (<@id>, <@&role>, <#channel>, <t:…>, @everyone); the rest is inline markdown.
    private const string Anywhere = "\\*_~`|[]<@";
    private const string AtLineStart = "#>-";

    /// <summary>
    /// Like <see cref="Escape"/>, but a one-line `code` span stays a code span: inside one Discord renders neither
    /// markdown nor mentions, so its content needs no escaping (and a backslash there would show).
    /// </summary>
    public static string EscapeKeepingCode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var last = 0;
        foreach (var span in CodeSpan().EnumerateMatches(text))
        {
            builder.Append(Escape(text[last..span.Index])).Append(text, span.Index, span.Length);
            last = span.Index + span.Length;
        }

        return builder.Append(Escape(text[last..])).ToString();
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        foreach (var c in text)
        {
            if (Anywhere.Contains(c, StringComparison.Ordinal) || (lineStart && AtLineStart.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return builder.ToString();
    }

    [GeneratedRegex("`[^`\n]+`")]
    private static partial Regex CodeSpan();
}
