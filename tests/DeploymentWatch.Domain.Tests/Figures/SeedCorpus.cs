using System.Text.RegularExpressions;
using DeploymentWatch.Domain.Evaluation;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// The seed corpus (seeds/*.txt and the figure labels of seeds/gold.yaml). The domain tests cannot use YamlDotNet,
/// so the figure lines, which gold.yaml writes as one flow mapping each, are read with a pattern; a change of
/// layout makes <see cref="Gold"/> come back short, which the seed tests assert against.
/// </summary>
internal static partial class SeedCorpus
{
    private static readonly Lazy<string> Folder = new(FindSeeds);

    public static string Directory => Folder.Value;

    public static IReadOnlyList<string> Files =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>The article text, without a header block closed by "---" when there is one.</summary>
    public static string Text(string file)
    {
        var text = File.ReadAllText(Path.Combine(Directory, file));
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var separator = Array.IndexOf(lines, "---");
        return separator >= 0 ? string.Join('\n', lines.Skip(separator + 1)) : text;
    }

    public static IReadOnlyList<GoldArticle> Gold()
    {
        var articles = new List<GoldArticle>();
        string? file = null;
        var figures = new List<GoldFigure>();
        foreach (var line in File.ReadLines(Path.Combine(Directory, "gold.yaml")))
        {
            var fileMatch = FileLine().Match(line);
            if (fileMatch.Success)
            {
                Flush();
                file = fileMatch.Groups["file"].Value;
                continue;
            }

            var figure = FigureLine().Match(line);
            if (figure.Success && file is not null)
            {
                if (!FigureMetricIds.TryParse(figure.Groups["metric"].Value, out var metric)
                    || !FigureMetricIds.TryParseQualifier(figure.Groups["qualifier"].Value, out var qualifier))
                {
                    throw new InvalidDataException("gold.yaml: unknown metric or qualifier in: " + line);
                }

                var low = long.Parse(figure.Groups[figure.Groups["value"].Success ? "value" : "low"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var high = long.Parse(figure.Groups[figure.Groups["value"].Success ? "value" : "high"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var sources = figure.Groups["sources"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                figures.Add(new GoldFigure(metric, low, high, qualifier, sources));
            }
        }

        Flush();
        return articles;

        void Flush()
        {
            if (file is not null)
            {
                articles.Add(new GoldArticle(file, null, null, [], figures));
            }

            figures = [];
        }
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "gold.yaml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds/gold.yaml not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\s*-\s*file:\s*(?<file>\S+)")]
    private static partial Regex FileLine();

    [GeneratedRegex(@"\{metric:\s*(?<metric>[\w-]+),\s*(?:value:\s*(?<value>\d+)|low:\s*(?<low>\d+),\s*high:\s*(?<high>\d+)),\s*qualifier:\s*(?<qualifier>\w+),\s*sources:\s*\[(?<sources>[^\]]*)\]\}")]
    private static partial Regex FigureLine();
}
