using System.Text.RegularExpressions;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>
/// Splits an article file into its optional header block and its text. A header is one or more known
/// <c>key: value</c> lines closed by a line <c>---</c>; anything else and the whole file is text, so an article
/// that happens to start with "Update: …" keeps its first line.
/// </summary>
internal static partial class ArticleHeader
{
    private const int MaxHeaderLines = 20;

    public static (ArticleMetadata Metadata, string Text) Split(string content, string file, Action<string> warn)
    {
        var fields = new Dictionary<string, (string Value, long Line)>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        for (var line = 1; line <= MaxHeaderLines && position < content.Length; line++)
        {
            var end = content.IndexOf('\n', position);
            var next = end < 0 ? content.Length : end + 1;
            var text = content[position..(end < 0 ? content.Length : end)].TrimEnd('\r');
            if (text.Trim() == "---")
            {
                return fields.Count == 0 ? (ArticleMetadata.None, content) : (ArticleFields.ToMetadata(fields, file, warn), content[next..]);
            }

            var match = KeyValue().Match(text);
            if (!match.Success || !ArticleFields.Known.Contains(match.Groups["key"].Value, StringComparer.OrdinalIgnoreCase))
            {
                break;
            }

            fields[match.Groups["key"].Value] = (match.Groups["value"].Value, line);
            position = next;
        }

        return (ArticleMetadata.None, content);
    }

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z]+)\s*:\s*(?<value>.*?)\s*$")]
    private static partial Regex KeyValue();
}
