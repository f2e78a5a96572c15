using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>
/// Reads an optional <c>index.yaml</c> (<c>articles: [{file, title, outlet, url, published}]</c>) through the YAML
/// node model rather than a deserializer, so every error can name the line it is on.
/// </summary>
internal static partial class ArticleIndex
{
    public const string FileName = "index.yaml";

    public static async Task<IReadOnlyDictionary<string, ArticleMetadata>> LoadAsync(string folder, Action<string> warn, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return new Dictionary<string, ArticleMetadata>();
        }

        var yaml = new YamlStream();
        using var text = new StringReader(await File.ReadAllTextAsync(path, cancellationToken));
        var scanner = new Scanner(text);
        try
        {
            yaml.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            throw new ArticleFolderException($"malformed {path} at line {ex.Start.Line}: {WithoutMarks(ex.Message)}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed flow mappings; its position still holds.
            throw new ArticleFolderException($"malformed {path} at line {scanner.CurrentPosition.Line}: unreadable YAML (an unclosed '{{' or '['?)", ex);
        }

        if (yaml.Documents.Count == 0)
        {
            return new Dictionary<string, ArticleMetadata>();
        }

        var articles = Articles(yaml.Documents[0].RootNode, path);
        var entries = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        foreach (var entry in articles)
        {
            var (file, metadata) = Entry(entry, path, warn);
            if (!entries.TryAdd(file, metadata))
            {
                throw Error(path, entry, $"\"{file}\" is listed twice");
            }

            if (!File.Exists(Path.Combine(folder, file)))
            {
                throw Error(path, entry, $"\"{file}\" is not in the folder");
            }
        }

        return entries;
    }

    private static IEnumerable<YamlNode> Articles(YamlNode root, string path)
    {
        if (root is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        var mapping = root as YamlMappingNode ?? throw Error(path, root, "expected a mapping with an 'articles:' list");
        var articles = mapping.Children.FirstOrDefault(c => Key(c.Key) == "articles").Value;
        return articles switch
        {
            null or YamlScalarNode { Value: null or "" } => [],
            YamlSequenceNode list => list.Children,
            _ => throw Error(path, articles, "'articles' must be a list"),
        };
    }

    private static (string File, ArticleMetadata Metadata) Entry(YamlNode node, string path, Action<string> warn)
    {
        var mapping = node as YamlMappingNode ?? throw Error(path, node, "each article must be a mapping such as {file: a.txt, published: 2024-12-23}");
        var fields = new Dictionary<string, (string Value, long Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            var scalar = value as YamlScalarNode ?? throw Error(path, value, $"'{Key(key)}' must be a single value");
            fields[Key(key) ?? string.Empty] = (scalar.Value ?? string.Empty, scalar.Start.Line);
        }

        if (!fields.TryGetValue("file", out var file) || string.IsNullOrWhiteSpace(file.Value))
        {
            throw Error(path, node, "an article without 'file'");
        }

        return (file.Value.Trim(), ArticleFields.ToMetadata(fields, path, warn));
    }

    private static string? Key(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static ArticleFolderException Error(string path, YamlNode node, string message) =>
        new($"malformed {path} at line {node.Start.Line}: {message}");

    /// <summary>YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (…): "; the line is already in the reason.</summary>
    private static string WithoutMarks(string message) => Marks().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex Marks();
}
