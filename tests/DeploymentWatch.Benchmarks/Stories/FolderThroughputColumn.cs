using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DeploymentWatch.Benchmarks.Stories;

/// <summary>
/// "MB/s": the generated folder's bytes divided by the mean time of one pass over its alerts, so the figure compares
/// directly with the whole scan's goal (the folder in about 0.045 s is about 90 MB/s).
/// </summary>
public sealed class FolderThroughputColumn : IColumn
{
    private readonly Lazy<long> _bytes = new(() => GeneratedArticles.FolderBytes);

    public string Id => nameof(FolderThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "megabytes (10^6 bytes) of the generated article folder per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (_bytes.Value / 1e6 / (mean.Value / 1e9)).ToString("0.0", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
