using System.Globalization;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Application.Figures;

/// <summary>How figure reports read in replies: "about 300 killed · 24 Jan 2025 · Outlet".</summary>
public static class FigureLines
{
    /// <summary>"about 4,000 casualties (killed and wounded) — Zelensky": the value, and who said it if named.</summary>
    public static string Value(FigureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var figure = new Figure(report.Metric, report.Low, report.High, report.Qualifier, [report.Source], 0, report.Sentence);
        var speaker = report.Speaker is null ? string.Empty : $" — {report.Speaker}";
        return $"{figure.FormatValue()} {report.Metric.ToLabel()}{speaker}";
    }

    public static string Date(DateTimeOffset when) => when.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Line(FigureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outlet = report.Outlet is null ? string.Empty : $" · {report.Outlet}";
        var link = report.Link is null ? string.Empty : $" · {report.Link.AbsoluteUri}";
        return $"{Value(report)} ({Date(report.ReportedAt)}{outlet}){link}";
    }

    /// <summary>
    /// "Estimates range from 1,100 (JCS) to 4,000 (Zelensky)", or null when fewer than two sources reported;
    /// <paramref name="totals"/> holds one comparable number per source, labelled with who gave it.
    /// </summary>
    public static string? Disagreement(IReadOnlyList<(string Who, long Value)> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        if (totals.Count < 2)
        {
            return null;
        }

        var low = totals.MinBy(t => t.Value);
        var high = totals.MaxBy(t => t.Value);
        if (low.Value == high.Value)
        {
            return $"All {totals.Count} sources agree on {low.Value.ToString("N0", CultureInfo.InvariantCulture)}.";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"Sources disagree: estimates range from {low.Value:N0} ({low.Who}) to {high.Value:N0} ({high.Who}).");
    }
}
