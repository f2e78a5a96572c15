using System.Globalization;
using System.Text.RegularExpressions;

namespace DeploymentWatch.Tests.Web;

/// <summary>
/// A strict reader of the Prometheus text exposition format (version 0.0.4) for the tests: every sample line must
/// parse, and every sample must belong to a family declared by a # TYPE line.
/// </summary>
internal sealed partial class PrometheusText
{
    private readonly Dictionary<string, string> types = new(StringComparer.Ordinal);
    private readonly List<(string Name, IReadOnlyDictionary<string, string> Labels, double Value)> samples = [];

    public static PrometheusText Parse(string text)
    {
        var parsed = new PrometheusText();
        foreach (var line in text.Split('\n').Where(l => l.Length > 0))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                parsed.types[parts[2]] = parts[3];
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            var match = SampleLine().Match(line);
            if (!match.Success)
            {
                throw new FormatException($"Not a Prometheus sample line: {line}");
            }

            var name = match.Groups["name"].Value;
            var family = parsed.types.Keys.FirstOrDefault(f => name == f || name == f + "_bucket" || name == f + "_sum" || name == f + "_count")
                ?? throw new FormatException($"Sample {name} has no # TYPE line before it.");
            _ = family;
            var labels = LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
            parsed.samples.Add((name, labels, double.Parse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return parsed;
    }

    public string? TypeOf(string family) => types.GetValueOrDefault(family);

    /// <summary>The sum of a sample's values over the series whose labels include <paramref name="labels"/>; 0 when absent.</summary>
    public double Value(string name, params (string Key, string Value)[] labels) =>
        samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Sum(s => s.Value);

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>(?:[^}"]|"(?:[^"\\]|\\.)*")*)\})? (?<value>[-+]?(\d+(\.\d*)?([eE][-+]?\d+)?|Inf|NaN))( \d+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?""")]
    private static partial Regex LabelPair();
}
