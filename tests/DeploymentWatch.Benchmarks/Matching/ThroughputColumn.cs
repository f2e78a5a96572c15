using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DeploymentWatch.Benchmarks.Matching;

/// <summary>A "MB/s" column: the corpus's UTF-8 size divided by the mean time of one pass over it.</summary>
public sealed class ThroughputColumn(Func<long> utf8Bytes) : IColumn
{
    public ThroughputColumn()
        : this(() => BenchmarkCorpus.Utf8Bytes)
    {
    }

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-8 megabytes (10^6 bytes) of corpus text processed per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0)
        {
            return "-";
        }

        var megabytes = utf8Bytes() / 1e6;
        return (megabytes / (mean.Value / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
