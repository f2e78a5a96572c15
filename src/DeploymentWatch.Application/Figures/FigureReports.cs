using DeploymentWatch.Domain.Alerts;

namespace DeploymentWatch.Application.Figures;

/// <summary>The figure rows an alert contributes to the history: one per figure and source, dated by publication.</summary>
public static class FigureReports
{
    public static IReadOnlyList<FigureReport> From(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var reportedAt = alert.Published ?? alert.CreatedAt;
        return alert.Figures
            .SelectMany(f => f.Sources.Select(source => new FigureReport(
                source, f.Metric, f.Low, f.High, f.Qualifier, reportedAt, alert.Id, alert.Title, alert.Link, alert.Outlet, f.Sentence)
            {
                Speaker = f.Speaker,
            }))
            .ToArray();
    }
}
