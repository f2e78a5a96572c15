namespace DeploymentWatch.Feeds.Folders;

/// <summary>
/// Splits an article file into its optional header block and its text. A header is one or more known
/// <c>key: value</c> lines closed by a line <c>---</c>; anything else and the whole file is text, so an article
/// that happens to start with "Update: …" keeps its first line.
/// </summary>
/// <remarks>
/// Works on the decoded characters in place and returns where the text starts, so a folder of articles costs one
/// string per article: a line becomes a string only once it is a header line.
/// </remarks>
internal static class ArticleHeader
{
    private const int MaxHeaderLines = 20;

    /// <returns>The header's metadata, and the index in <paramref name="content"/> where the article's text starts.</returns>
    public static (ArticleMetadata Metadata, int TextStart) Split(ReadOnlySpan<char> content, string file, Action<string> warn)
    {
        var fields = new Dictionary<string, (string Value, long Line)>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        for (var line = 1; line <= MaxHeaderLines && position < content.Length; line++)
        {
            var rest = content[position..];
            var end = rest.IndexOf('\n');
            var next = end < 0 ? content.Length : position + end + 1;
            var text = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            if (text.Trim().SequenceEqual("---"))
            {
                return fields.Count == 0 ? (ArticleMetadata.None, 0) : (ArticleFields.ToMetadata(fields, file, warn), next);
            }

            if (KeyValue(text) is not ({ } key, { } value))
            {
                break;
            }

            fields[key] = (value, line);
            position = next;
        }

        return (ArticleMetadata.None, 0);
    }

    /// <summary>
    /// A line <c>key: value</c> with a known key (white space around each part ignored), or nulls. The same lines
    /// as the pattern <c>^\s*(?&lt;key&gt;[A-Za-z]+)\s*:\s*(?&lt;value&gt;.*?)\s*$</c> with the key in
    /// <see cref="ArticleFields.Known"/>.
    /// </summary>
    internal static (string? Key, string? Value) KeyValue(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart();
        var length = 0;
        while (length < rest.Length && char.IsAsciiLetter(rest[length]))
        {
            length++;
        }

        var key = rest[..length];
        var afterKey = rest[length..].TrimStart();
        if (length == 0 || afterKey.IsEmpty || afterKey[0] != ':' || !IsKnown(key, out var known))
        {
            return (null, null);
        }

        return (known, afterKey[1..].Trim().ToString());
    }

    private static bool IsKnown(ReadOnlySpan<char> key, out string? known)
    {
        foreach (var candidate in ArticleFields.Known)
        {
            if (key.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                known = key.ToString();
                return true;
            }
        }

        known = null;
        return false;
    }
}
