using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Application.Commands;

/// <summary>
/// Answers `figures [metric] [source] [--chart]`: every source's latest figure, attributed and dated, and whether
/// the sources disagree. `figures casualties` also shows killed and wounded, since sources report them either way.
/// </summary>
public sealed class FiguresReplyBuilder(IFigureStore figures, ProfileSet profiles, IFigureChartRenderer? charts = null)
{
    public async Task<CommandReply> BuildAsync(FiguresCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var latest = (await LatestFigures.LoadAsync(figures, FigureMetricIds.All, cancellationToken))
            .Where(r => command.Source is null || string.Equals(r.Source, command.Source, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var sourceNote = command.Source is null ? string.Empty : $" from {profiles.SourceName(command.Source)}";
        if (command.Metric is not { } metric)
        {
            return Ok(AllMetrics(latest, sourceNote));
        }

        var wanted = FigureTotals.PartsOf(metric);
        var reports = latest.Where(r => wanted.Contains(r.Metric)).ToArray();
        var title = $"Latest {metric.ToLabel()} figures{sourceNote}";
        if (reports.Length == 0)
        {
            return Ok(MessageDocument.Plain(title, $"No {metric.ToLabel()} figures reported yet{sourceNote}."));
        }

        var fields = reports
            .GroupBy(r => r.Source)
            .OrderByDescending(g => g.Max(r => r.ReportedAt))
            .Select(g => new MessageField(profiles.SourceName(g.Key), string.Join('\n', g.OrderBy(r => Array.IndexOf(wanted, r.Metric)).Select(FigureLines.Line))))
            .ToArray();
        var text = FigureLines.Disagreement(Totals(reports, metric)) ?? "Only one source has reported this so far.";
        var document = new MessageDocument(title, text, fields);
        return command.Chart ? await WithChartAsync(document, metric, command.Source, cancellationToken) : Ok(document);
    }

    private MessageDocument AllMetrics(IReadOnlyList<FigureReport> latest, string sourceNote)
    {
        var fields = FigureMetricIds.All
            .Select(m => (Metric: m, Reports: latest.Where(r => r.Metric == m).OrderByDescending(r => r.ReportedAt).ToArray()))
            .Where(x => x.Reports.Length > 0)
            .Select(x => new MessageField(x.Metric.ToLabel(), string.Join('\n', x.Reports.Select(r => $"{profiles.SourceName(r.Source)}: {FigureLines.Value(r)} ({FigureLines.Date(r.ReportedAt)})"))))
            .ToArray();
        return fields.Length == 0
            ? MessageDocument.Plain("Latest figures" + sourceNote, "No figures reported yet.")
            : new MessageDocument("Latest figures" + sourceNote, "The latest figure each source reported, by metric. `figures <metric>` shows dates and links.", fields);
    }

    private (string Who, long Value)[] Totals(IReadOnlyList<FigureReport> reports, FigureMetric metric) =>
        FigureTotals.Of(reports, metric, profiles);

    private async Task<CommandReply> WithChartAsync(MessageDocument document, FigureMetric metric, string? source, CancellationToken cancellationToken)
    {
        if (charts is null)
        {
            return CommandReply.Error("Charts are off", "This installation cannot draw charts.");
        }

        var history = (await figures.HistoryAsync(metric, cancellationToken))
            .Where(r => source is null || string.Equals(r.Source, source, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var png = charts.Render(metric, history);
        return Ok(document with { Attachment = new MessageAttachment($"figures-{metric.ToId()}.png", "image/png", png) });
    }

    private static CommandReply Ok(MessageDocument document) => new(document, false);
}
