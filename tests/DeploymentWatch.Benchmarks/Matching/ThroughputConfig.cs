using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace DeploymentWatch.Benchmarks.Matching;

/// <summary>Default config plus the MB/s column and allocations; ratios against the marked baseline.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn());
        AddDiagnoser(MemoryDiagnoser.Default);
        WithOption(ConfigOptions.JoinSummary, false);

        // The benchmark project is rebuilt per job; on a shared, loaded build machine that takes longer than the
        // default two minutes, and a timed-out build reports no numbers at all.
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
