using System.Globalization;
using DeploymentWatch.Domain.Evaluation;
using DeploymentWatch.Domain.Figures;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeploymentWatch.Evaluation;

/// <summary>
/// Reads a corpus's gold.yaml (../shared/eval/FORMAT.md) into <see cref="GoldArticle"/>s. Strict: unknown keys,
/// unknown metrics or qualifiers, a figure with neither value nor low/high, or low &gt; high stop with file and line.
/// </summary>
public static class GoldFileReader
{
    private static readonly string[] ArticleKeys = ["file", "published", "story", "topics", "figures"];
    private static readonly string[] FigureKeys = ["metric", "value", "low", "high", "qualifier", "sources"];

    public static IReadOnlyList<GoldArticle> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new GoldFileException($"{path}: file not found.");
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Parses gold.yaml text; <paramref name="path"/> only names the file in error messages.</summary>
    public static IReadOnlyList<GoldArticle> Parse(TextReader reader, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new GoldFileException($"{path}:{ex.Start.Line}: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new GoldFileException($"{path}: expected a mapping with 'articles' at the top.");
        }

        if (Get(root, "articles") is not YamlSequenceNode articles)
        {
            throw Error(path, root, "'articles' must be a list.");
        }

        var result = new List<GoldArticle>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in articles)
        {
            var article = ReadArticle(path, node);
            if (!files.Add(article.File))
            {
                throw Error(path, node, $"article '{article.File}' is listed twice.");
            }

            result.Add(article);
        }

        return result;
    }

    private static GoldArticle ReadArticle(string path, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(path, node, "an article must be a mapping (file, published, story, topics, figures).");
        }

        CheckKeys(path, map, ArticleKeys);
        var file = Scalar(path, map, "file") ?? throw Error(path, map, "'file' is required.");
        DateOnly? published = null;
        if (Scalar(path, map, "published") is { } date)
        {
            published = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw Error(path, Get(map, "published")!, $"'published' must be a date like 2024-12-23, not '{date}'.");
        }

        var topics = StringList(path, map, "topics");
        var figures = new List<GoldFigure>();
        if (Get(map, "figures") is { } figuresNode)
        {
            if (figuresNode is not YamlSequenceNode list)
            {
                throw Error(path, figuresNode, "'figures' must be a list.");
            }

            figures.AddRange(list.Select(f => ReadFigure(path, f)));
        }

        return new GoldArticle(file, published, Scalar(path, map, "story"), topics, figures);
    }

    private static GoldFigure ReadFigure(string path, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(path, node, "a figure must be a mapping {metric, value | low, high, qualifier, sources}.");
        }

        CheckKeys(path, map, FigureKeys);
        var metricId = Scalar(path, map, "metric") ?? throw Error(path, map, "a figure needs a 'metric'.");
        if (!FigureMetricIds.TryParse(metricId, out var metric))
        {
            throw Error(path, map, $"unknown metric '{metricId}'.");
        }

        var qualifierId = Scalar(path, map, "qualifier") ?? "exact";
        if (!FigureMetricIds.TryParseQualifier(qualifierId, out var qualifier))
        {
            throw Error(path, map, $"unknown qualifier '{qualifierId}' (exact, about, over, under).");
        }

        var value = Number(path, map, "value");
        var low = Number(path, map, "low");
        var high = Number(path, map, "high");
        (long Low, long High) range = (value, low, high) switch
        {
            ({ } v, null, null) => (v, v),
            (null, { } l, { } h) when l <= h => (l, h),
            (null, { } l, { } h) => throw Error(path, map, $"low {l} is above high {h}."),
            _ => throw Error(path, map, "a figure needs either 'value' or both 'low' and 'high'."),
        };

        var sources = StringList(path, map, "sources");
        return new GoldFigure(metric, range.Low, range.High, qualifier, sources.Count > 0 ? sources : ["unattributed"]);
    }

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(string path, YamlMappingNode map, string key) => Get(map, key) switch
    {
        null => null,
        YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) || IsYamlNull(scalar) ? null : scalar.Value.Trim(),
        var other => throw Error(path, other, $"'{key}' must be a single value."),
    };

    // "published: null" or "~" (unquoted) is YAML's null: no value, as if the key were left out.
    private static bool IsYamlNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "null" or "Null" or "NULL" or "~";

    private static long? Number(string path, YamlMappingNode map, string key)
    {
        var text = Scalar(path, map, key);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text.Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Error(path, Get(map, key)!, $"'{key}' must be a whole number, not '{text}'.");
    }

    private static List<string> StringList(string path, YamlMappingNode map, string key) => Get(map, key) switch
    {
        null => [],
        YamlSequenceNode seq => seq.Select(n => n is YamlScalarNode { Value: { } v } ? v.Trim() : throw Error(path, n, $"'{key}' must list plain values.")).ToList(),
        YamlScalarNode { Value: { } single } when !string.IsNullOrWhiteSpace(single) => [single.Trim()],
        YamlScalarNode => [],
        var other => throw Error(path, other, $"'{key}' must be a list."),
    };

    private static void CheckKeys(string path, YamlMappingNode map, string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw Error(path, key, $"unknown key '{name}' (allowed here: {string.Join(", ", allowed)}).");
            }
        }
    }

    private static GoldFileException Error(string path, YamlNode node, string message) =>
        new($"{path}:{node.Start.Line}: {message}");
}
