using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeploymentWatch.Configuration;

/// <summary>
/// Strict reading of a small YAML configuration file: every error names the file and line, unknown keys are errors
/// (a typo must not silently switch a setting off).
/// </summary>
internal sealed class YamlFile(string path)
{
    public string Path { get; } = path;

    public YamlMappingNode LoadRoot()
    {
        if (!File.Exists(Path))
        {
            throw new ConfigFileException($"{Path}: file not found.");
        }

        Scanner? scanner = null;
        try
        {
            using var reader = new StreamReader(Path);
            var stream = new YamlStream();
            scanner = new Scanner(reader);
            stream.Load(new Parser(scanner));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw new ConfigFileException($"{Path}: expected a mapping at the top of the file.");
            }

            return root;
        }
        catch (YamlException ex)
        {
            throw new ConfigFileException($"{Path}:{ErrorLine(ex.Start.Line)}: {ReadableMessage(ex)}", ex);
        }
        catch (InvalidOperationException ex) when (scanner is not null)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed flow sequences or mappings at
            // the end of the file; the scanner still knows where it stopped.
            throw new ConfigFileException(
                $"{Path}:{ErrorLine(scanner.CurrentPosition.Line)}: unreadable YAML ({ReadableMessage(ex)}): is a '[' or '{{' left unclosed?", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigFileException($"{Path}: cannot read the file: {ex.Message}", ex);
        }
    }

    private static string ReadableMessage(Exception ex) => string.Join(' ', ex.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The line to name: the line of a '[' or '{' that is never closed when there is one (YamlDotNet reports the end of
    /// the file instead), else the parser's line, never past the last line that has content.
    /// </summary>
    private long ErrorLine(long reported)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path);
        }
        catch (IOException)
        {
            return reported;
        }

        var open = new Stack<long>();
        for (var i = 0; i < lines.Length; i++)
        {
            var quote = '\0';
            foreach (var c in lines[i])
            {
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '#')
                {
                    break;
                }
                else if (c is '[' or '{')
                {
                    open.Push(i + 1);
                }
                else if (c is ']' or '}' && open.Count > 0)
                {
                    open.Pop();
                }
            }
        }

        if (open.Count > 0)
        {
            return open.Last();
        }

        var lastContent = Array.FindLastIndex(lines, l => !string.IsNullOrWhiteSpace(l)) + 1;
        return lastContent > 0 ? Math.Min(reported, lastContent) : reported;
    }

    public ConfigFileException Error(YamlNode node, string message) => new($"{Path}:{node.Start.Line}: {message}");

    public void CheckKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw Error(key, $"unknown key '{name}' (allowed here: {string.Join(", ", allowed)}).");
            }
        }
    }

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string RequiredString(YamlMappingNode map, string key)
    {
        var value = OptionalString(map, key);
        return string.IsNullOrWhiteSpace(value) ? throw Error(map, $"'{key}' is required.") : value;
    }

    public string? OptionalString(YamlMappingNode map, string key) => Get(map, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => throw Error(other, $"'{key}' must be a single value."),
    };

    public double? OptionalNumber(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        return node is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(node, $"'{key}' must be a number.");
    }

    public IReadOnlyList<string> StringList(YamlMappingNode map, string key, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return required ? throw Error(map, $"'{key}' is required and must list at least one entry.") : [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Error(node, $"'{key}' must be a list, e.g. [a, b].");
        }

        var items = sequence.Children
            .Select(c => c is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : throw Error(c, $"'{key}' entries must be non-empty text."))
            .ToArray();
        return required && items.Length == 0 ? throw Error(node, $"'{key}' must list at least one entry.") : items;
    }

    public IEnumerable<YamlMappingNode> Mappings(YamlMappingNode map, string key, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                throw Error(map, $"'{key}' is required.");
            }

            yield break;
        }

        if (node is not YamlSequenceNode sequence || (required && sequence.Children.Count == 0))
        {
            throw Error(node, $"'{key}' must be a non-empty list of entries.");
        }

        foreach (var child in sequence.Children)
        {
            yield return child as YamlMappingNode ?? throw Error(child, $"each entry of '{key}' must be a mapping of keys.");
        }
    }
}
