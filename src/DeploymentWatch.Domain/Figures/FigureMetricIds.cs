namespace DeploymentWatch.Domain.Figures;

/// <summary>The wire ids of metrics and qualifiers, as the corpus format, commands and storage spell them.</summary>
public static class FigureMetricIds
{
    private static readonly (FigureMetric Metric, string Id, string Label)[] Metrics =
    [
        (FigureMetric.Troops, "troops", "troops deployed"),
        (FigureMetric.TroopsFrontline, "troops-frontline", "troops at the front"),
        (FigureMetric.TroopsPlanned, "troops-planned", "troops planned"),
        (FigureMetric.TroopsAdditional, "troops-additional", "additional troops sent"),
        (FigureMetric.Killed, "killed", "killed"),
        (FigureMetric.Wounded, "wounded", "wounded"),
        (FigureMetric.Casualties, "casualties", "casualties (killed and wounded)"),
        (FigureMetric.Captured, "captured", "captured"),
    ];

    public static IReadOnlyList<FigureMetric> All { get; } = Metrics.Select(m => m.Metric).ToArray();

    public static string ToId(this FigureMetric metric) => Metrics.First(m => m.Metric == metric).Id;

    public static string ToLabel(this FigureMetric metric) => Metrics.First(m => m.Metric == metric).Label;

    public static bool TryParse(string id, out FigureMetric metric)
    {
        foreach (var m in Metrics)
        {
            if (string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                metric = m.Metric;
                return true;
            }
        }

        metric = default;
        return false;
    }

    public static string ToId(this FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.About => "about",
        FigureQualifier.Over => "over",
        FigureQualifier.Under => "under",
        _ => "exact",
    };

    public static bool TryParseQualifier(string id, out FigureQualifier qualifier)
    {
        foreach (var q in Enum.GetValues<FigureQualifier>())
        {
            if (string.Equals(q.ToId(), id, StringComparison.OrdinalIgnoreCase))
            {
                qualifier = q;
                return true;
            }
        }

        qualifier = default;
        return false;
    }
}
