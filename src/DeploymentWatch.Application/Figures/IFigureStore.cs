using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Application.Figures;

/// <summary>Figure history (written by <see cref="Alerts.IAlertStore.SaveAsync"/>) and the lookups commands need.</summary>
public interface IFigureStore
{
    /// <summary>The latest report per (source, metric) by <see cref="FigureReport.ReportedAt"/>, optionally for one metric.</summary>
    Task<IReadOnlyList<FigureReport>> LatestPerSourceAsync(FigureMetric? metric, CancellationToken cancellationToken);

    /// <summary>Every report of a metric, oldest first.</summary>
    Task<IReadOnlyList<FigureReport>> HistoryAsync(FigureMetric metric, CancellationToken cancellationToken);
}
