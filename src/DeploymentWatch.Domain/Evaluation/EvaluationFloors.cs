using System.Globalization;

namespace DeploymentWatch.Domain.Evaluation;

/// <summary>
/// The least scores a run must reach (`eval --min topics=0.95,figures=0.85,stories=0.90`): topics micro-F1,
/// figures F1 with sources, story-pair F1. A score not named is not checked.
/// </summary>
public sealed record EvaluationFloors(double? Topics, double? Figures, double? Stories)
{
    /// <summary>Reads "name=value" pairs separated by commas; throws <see cref="FormatException"/> naming the bad part.</summary>
    public static EvaluationFloors Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double? topics = null, figures = null, stories = null;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new FormatException($"'{part}' is not name=value with a value from 0 to 1 (e.g. topics=0.95).");
            }

            switch (pair[0].ToLowerInvariant())
            {
                case "topics": topics = value; break;
                case "figures": figures = value; break;
                case "stories": stories = value; break;
                default: throw new FormatException($"'{pair[0]}' is not a score; use topics, figures or stories.");
            }
        }

        return topics is null && figures is null && stories is null
            ? throw new FormatException("name at least one score, e.g. topics=0.95,figures=0.85,stories=0.90.")
            : new EvaluationFloors(topics, figures, stories);
    }

    /// <summary>One line per score below its floor ("stories 0.812 < 0.900"); empty when every floor is met.</summary>
    public IReadOnlyList<string> Shortfalls(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var shortfalls = new List<string>();
        Check("topics", report.TopicsMicro.F1, Topics);
        Check("figures", report.Figures.F1, Figures);
        Check("stories", report.Stories.F1, Stories);
        return shortfalls;

        void Check(string name, double score, double? floor)
        {
            // Scores are printed to three places; a floor equal to the printed score passes.
            if (floor is { } least && Math.Round(score, 3) < least)
            {
                shortfalls.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {score:0.000} < {least:0.000}"));
            }
        }
    }
}
