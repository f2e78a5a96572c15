using DeploymentWatch.Application.Dashboard;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Web;

/// <summary>
/// GET /figures and /figures/{metric}: per metric, every source's latest value with its qualifier, date, outlet and
/// a link to the article; the disagreement range as the `figures` command words it (<see cref="FigureTotals"/>); and the chart of how each
/// source's figure moved (/figures/{metric}/chart.png, the same ScottPlot renderer the chat platforms get).
/// </summary>
internal static class FiguresPage
{
    public static async Task<IResult> RenderAsync(
        string? metricId, IDashboardStore dashboard, ProfileSet profiles, CancellationToken cancellationToken)
    {
        FigureMetric[] metrics;
        if (metricId is null)
        {
            metrics = [.. FigureMetricIds.All];
        }
        else if (FigureMetricIds.TryParse(metricId, out var one))
        {
            metrics = [one];
        }
        else
        {
            return PageLayout.Page("Figures", "/figures", html => html.Element(
                "p", $"Unknown metric '{metricId}'. Metrics: {string.Join(", ", FigureMetricIds.All.Select(m => m.ToId()))}.", "bad"),
                StatusCodes.Status404NotFound);
        }

        var latest = LatestFigures.From(await dashboard.LatestDayFiguresAsync(cancellationToken));
        var sections = new List<(FigureMetric Metric, FigureReport[] Reports, string Range)>();
        foreach (var metric in metrics)
        {
            var reports = latest.Where(r => r.Metric == metric).OrderByDescending(r => r.ReportedAt).ThenBy(r => r.Source, StringComparer.Ordinal).ToArray();
            if (reports.Length > 0 || metricId is not null)
            {
                var parts = FigureTotals.PartsOf(metric);
                var totals = FigureTotals.Of(latest.Where(r => parts.Contains(r.Metric)), metric, profiles);
                var range = FigureLines.Disagreement(totals) ?? (totals.Length == 0 ? "No source has reported this yet." : "Only one source has reported this so far.");
                sections.Add((metric, reports, range));
            }
        }

        var title = metricId is null ? "Figures" : $"Figures: {metrics[0].ToLabel()}";
        return PageLayout.Page(title, "/figures", html =>
        {
            if (metricId is null)
            {
                MetricLinks(html);
            }

            if (sections.Count == 0)
            {
                html.Element("p", "No figures reported yet.", "muted");
            }

            foreach (var (metric, reports, range) in sections)
            {
                Section(html, metric, reports, range, profiles);
            }
        });
    }

    public static async Task<IResult> ChartAsync(string metric, IFigureStore store, IFigureChartRenderer charts, CancellationToken cancellationToken)
    {
        if (!FigureMetricIds.TryParse(metric, out var parsed))
        {
            return Results.NotFound();
        }

        var png = charts.Render(parsed, await store.HistoryAsync(parsed, cancellationToken));
        return Results.File(png, "image/png");
    }

    private static void MetricLinks(HtmlWriter html)
    {
        html.Tag("<p>");
        foreach (var metric in FigureMetricIds.All)
        {
            html.LocalLink("/figures/" + metric.ToId(), metric.ToId()).Text(" ");
        }

        html.Tag("</p>");
    }

    private static void Section(HtmlWriter html, FigureMetric metric, FigureReport[] reports, string range, ProfileSet profiles)
    {
        var id = metric.ToId();
        html.Tag("<section class=\"metric\" id=\"").Text(id).Tag("\"><h2>").LocalLink("/figures/" + id, metric.ToLabel()).Tag("</h2>");
        html.Element("p", range, "range");
        if (reports.Length == 0)
        {
            html.Element("p", $"No {metric.ToLabel()} figures reported yet.", "muted").Tag("</section>");
            return;
        }

        html.Tag("<table><thead><tr><th>Source</th><th>Value</th><th>Qualifier</th><th>Date</th><th>Outlet</th><th>Article</th></tr></thead><tbody>");
        foreach (var report in reports)
        {
            html.Tag("<tr>")
                .Cell(profiles.SourceName(report.Source))
                .Cell(FigureLines.Value(report))
                .Cell(report.Qualifier.ToId())
                .Cell(WebFormat.Date(report.ReportedAt))
                .Cell(report.Outlet ?? "unknown outlet")
                .Tag("<td>").ExternalLink(report.Link, report.ArticleTitle).Tag("</td></tr>");
        }

        html.Tag("</tbody></table>")
            .Tag("<img class=\"chart\" width=\"900\" height=\"500\" src=\"/figures/").Text(id).Tag("/chart.png\" alt=\"")
            .Text($"{metric.ToLabel()}: how each source's figure moved").Tag("\"></section>");
    }
}
