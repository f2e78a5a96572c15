using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Profiles;
using ScottPlot;

namespace DeploymentWatch.Charts;

/// <summary>
/// How a metric moved, as a PNG: one line per source through its dated reports, a range drawn at its midpoint.
/// Several values from one source on one day (outlets quoting "more than 3,000" and "about 4,000") plot as the
/// largest, as change detection reads them; the y axis starts at zero so the lines' heights compare honestly.
/// ScottPlot renders with SkiaSharp's bundled native library, so no system graphics packages are needed.
/// </summary>
internal sealed class ScottPlotFigureChartRenderer(ProfileSet profiles) : IFigureChartRenderer
{
    public const int Width = 900;
    public const int Height = 500;

    public byte[] Render(FigureMetric metric, IReadOnlyList<FigureReport> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        using var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var index = 0;
        foreach (var source in history.GroupBy(r => r.Source).OrderBy(g => g.Min(r => r.ReportedAt)))
        {
            var points = source
                .GroupBy(r => r.ReportedAt.UtcDateTime.Date)
                .Select(day => (Day: day.Key, Value: day.Max(r => (r.Low + r.High) / 2.0)))
                .OrderBy(p => p.Day)
                .ToArray();
            var xs = points.Select(p => p.Day).ToArray();
            var ys = points.Select(p => p.Value).ToArray();
            var line = plot.Add.Scatter(xs, ys, palette.GetColor(index++));
            line.LegendText = profiles.SourceName(source.Key);
            line.MarkerSize = 8;
            line.LineWidth = 2;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Title(history.Count == 0 ? $"No {metric.ToLabel()} figures reported yet" : $"North Korean {metric.ToLabel()}: reported figures by source");
        plot.XLabel("Date reported");
        plot.YLabel("Soldiers (reported figure)");
        if (history.Count > 0)
        {
            plot.ShowLegend(Edge.Right);
            plot.Axes.Margins(0.08, 0.15);
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsY(0, history.Max(r => r.High) * 1.15);
        }

        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
