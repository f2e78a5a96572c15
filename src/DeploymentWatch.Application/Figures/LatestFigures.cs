using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Application.Figures;

/// <summary>
/// Every source's latest word on each metric: the reports of its most recent day, keeping each distinct number.
/// Two statements on one day by one source (Kyiv's "more than 3,000" and Zelensky's "about 4,000") are both
/// its latest, so neither may hide the other; the same number repeated by more outlets is shown once. Within one
/// article the last mention wins: a lead's "more than 1,000" is refined by the statement quoted below it.
/// </summary>
public static class LatestFigures
{
    public static async Task<IReadOnlyList<FigureReport>> LoadAsync(IFigureStore store, IEnumerable<FigureMetric> metrics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(metrics);
        var latest = new List<FigureReport>();
        foreach (var metric in metrics)
        {
            latest.AddRange(From(await store.HistoryAsync(metric, cancellationToken)));
        }

        return latest;
    }

    public static IReadOnlyList<FigureReport> From(IEnumerable<FigureReport> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history
            .GroupBy(r => (r.Source, r.Metric))
            .SelectMany(group =>
            {
                var day = group.Max(r => r.ReportedAt.UtcDateTime.Date);
                return group
                    .Where(r => r.ReportedAt.UtcDateTime.Date == day)
                    .GroupBy(r => r.AlertId)
                    .Select(article => article.Last())
                    .GroupBy(r => (r.Low, r.High))
                    .Select(same => same.Last());
            })
            .ToArray();
    }
}
