using System.Diagnostics;
using System.Text;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>A temporary config folder (the shipped profiles, a generated feeds.yaml) and data folder; deleted on dispose.</summary>
internal sealed class FarmWorkspace : IDisposable
{
    public FarmWorkspace(FeedFarm farm, int feeds, string interval, string maxAge)
    {
        Root = Path.Combine(Path.GetTempPath(), "dw-load-" + Guid.NewGuid().ToString("N")[..8]);
        Config = Path.Combine(Root, "config");
        Data = Path.Combine(Root, "data");
        Directory.CreateDirectory(Config);
        Directory.CreateDirectory(Data);
        File.Copy(Path.Combine(RepositoryPaths.Config, "profiles.yaml"), Path.Combine(Config, "profiles.yaml"));
        var yaml = new StringBuilder($"defaults:\n  interval: {interval}\n  max_age: {maxAge}\n\nfeeds:\n");
        for (var n = 0; n < feeds; n++)
        {
            yaml.Append("  - id: farm-").Append(n).Append("\n    source: ").Append(farm.Url(n)).Append("\n    outlet: Farm ").Append(n % 40).Append('\n');
        }

        File.WriteAllText(Path.Combine(Config, "feeds.yaml"), yaml.ToString());
    }

    public string Root { get; }

    public string Config { get; }

    public string Data { get; }

    public string Database => Path.Combine(Data, "deploymentwatch.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestKit.Feeds.TemporaryFolder.TryDelete(Root);
    }
}

/// <summary>Wall time and this process's CPU time since creation.</summary>
internal sealed class Meter
{
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private readonly TimeSpan cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    public TimeSpan Wall => wall.Elapsed;

    public TimeSpan Cpu => Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
}
