using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Application.Figures;

/// <summary>
/// What the sources' figures for a metric add up to, for the disagreement line ("estimates range from 1,100 (JCS)
/// to 4,000 (Zelensky)"): shared by the `figures` command and the web page so they never disagree.
/// </summary>
public static class FigureTotals
{
    private static readonly FigureMetric[] CasualtyParts = [FigureMetric.Casualties, FigureMetric.Killed, FigureMetric.Wounded];

    /// <summary>The metrics whose reports count toward <paramref name="metric"/>: casualties also read killed and wounded.</summary>
    public static FigureMetric[] PartsOf(FigureMetric metric) => metric == FigureMetric.Casualties ? CasualtyParts : [metric];

    /// <summary>
    /// One comparable number per source, labelled with who gave it (the speaker, else the source): its highest
    /// total, or killed plus wounded when it gave those instead.
    /// </summary>
    public static (string Who, long Value)[] Of(IEnumerable<FigureReport> reports, FigureMetric metric, ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(profiles);
        return reports
            .GroupBy(r => r.Source)
            .Select(g =>
            {
                var direct = g.Where(r => r.Metric == metric).MaxBy(r => r.High);
                if (direct is not null)
                {
                    return (Who: direct.Speaker ?? profiles.SourceName(g.Key), Value: (long?)direct.High);
                }

                var killed = g.Where(r => r.Metric == FigureMetric.Killed).Select(r => (long?)r.High).Max();
                var wounded = g.Where(r => r.Metric == FigureMetric.Wounded).Select(r => (long?)r.High).Max();
                return (Who: profiles.SourceName(g.Key), Value: killed + wounded);
            })
            .Where(t => t.Value is not null)
            .Select(t => (t.Who, t.Value!.Value))
            .ToArray();
    }
}
