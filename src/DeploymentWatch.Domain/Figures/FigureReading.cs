namespace DeploymentWatch.Domain.Figures;

/// <summary>One source's value for one metric at one time: what change detection compares.</summary>
public sealed record FigureReading(
    string Source,
    FigureMetric Metric,
    long Low,
    long High,
    FigureQualifier Qualifier,
    DateTimeOffset ReportedAt)
{
    public bool SameValue(FigureReading other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Low == other.Low && High == other.High;
    }

    /// <summary>"about 300", "10,000–12,000".</summary>
    public string FormatValue() => new Figure(Metric, Low, High, Qualifier, [Source], 0, string.Empty).FormatValue();

    /// <summary>The readings an article's figures give, one per figure and source, dated <paramref name="reportedAt"/>.</summary>
    public static IReadOnlyList<FigureReading> From(IEnumerable<Figure> figures, DateTimeOffset reportedAt)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures
            .SelectMany(f => f.Sources.Select(s => new FigureReading(s, f.Metric, f.Low, f.High, f.Qualifier, reportedAt)))
            .ToArray();
    }
}
