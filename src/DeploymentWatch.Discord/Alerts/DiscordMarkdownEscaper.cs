using System.Text;

namespace DeploymentWatch.Discord.Alerts;

/// <summary>
/// Makes untrusted feed text display literally: every markdown character is backslash-escaped (Discord renders
/// "\*" as "*"), so "**", "||spoilers||", "[masked](links)", "# headings", "&lt;@&amp;123&gt;" and "@everyone" stay inert text.
/// Escaping is per character, so the escaped length of any prefix is known (the truncator relies on that).
/// </summary>
internal static class DiscordMarkdownEscaper
{
    // '@' and '<' break mentions (<@id>, <@&role>, <#channel>, @everyone); the rest is markdown syntax.
    private const string Special = "\\*_~`|>#[]()<@";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        foreach (var c in text)
        {
            // '-' only matters as a list item or "-# subtext" at the start of a line.
            if (c == '-' ? lineStart : Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return builder.ToString();
    }
}
