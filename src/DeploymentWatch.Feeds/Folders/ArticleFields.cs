using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Feeds.Parsing;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>The metadata keys both a header block and index.yaml use, read into <see cref="ArticleMetadata"/>.</summary>
internal static class ArticleFields
{
    public static readonly string[] Known = ["title", "outlet", "url", "published"];

    /// <summary>
    /// Builds metadata from key → (value, line). A date that cannot be read ("unknown", "last tuesday") leaves the
    /// article undated and is reported through <paramref name="warn"/>, naming the file and line: one article's header
    /// must not cost the whole folder.
    /// </summary>
    public static ArticleMetadata ToMetadata(IReadOnlyDictionary<string, (string Value, long Line)> fields, string file, Action<string> warn)
    {
        DateTimeOffset? published = null;
        if (fields.TryGetValue("published", out var date) && !string.IsNullOrWhiteSpace(date.Value))
        {
            published = FeedDateParser.Parse(date.Value);
            if (published is null)
            {
                warn($"{file} line {date.Line}: published \"{date.Value}\" is not a date (write 2024-12-23, ISO 8601 or RFC 822); the article is undated");
            }
        }

        return new ArticleMetadata(Value(fields, "title"), Value(fields, "outlet"), Value(fields, "url"), published);
    }

    private static string? Value(IReadOnlyDictionary<string, (string Value, long Line)> fields, string key) =>
        fields.TryGetValue(key, out var field) && !string.IsNullOrWhiteSpace(field.Value)
            ? NullIfBlank(TextNormalizer.RemoveControlCharacters(field.Value).Trim())
            : null;

    private static string? NullIfBlank(string value) => value.Length == 0 ? null : value;
}
