using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace DeploymentWatch.Benchmarks.Matching;

/// <summary>
/// Default config plus the MB/s column and allocations; ratios against the marked baseline. The column divides the
/// benchmark corpus's size unless a subclass names other bytes (BenchmarkDotNet builds configs without arguments).
/// </summary>
public class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
        : this(() => BenchmarkCorpus.Utf8Bytes)
    {
    }

    protected ThroughputConfig(Func<long> bytes)
    {
        AddColumn(new ThroughputColumn(bytes));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOption(ConfigOptions.JoinSummary, false);

        // The benchmark project is rebuilt per job; on a shared, loaded build machine that takes longer than the
        // default two minutes, and a timed-out build reports no numbers at all.
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
