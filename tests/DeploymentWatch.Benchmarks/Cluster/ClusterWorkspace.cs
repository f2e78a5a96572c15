using System.Text;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Benchmarks.Cluster;

/// <summary>
/// One config folder shared by every instance (the shipped profiles, a feeds.yaml of the farm's feeds) and a data
/// folder per instance, as on separate machines: each instance's file channel writes its own alerts.jsonl, and the
/// harness reads them all. Deleted on dispose.
/// </summary>
internal sealed class ClusterWorkspace : IDisposable
{
    /// <summary>file:alerts, which writes DATA/alerts.jsonl.</summary>
    public static readonly ChannelAddress OutputChannel = new("file", ChannelAddress.LocalWorkspace, "alerts");

    public ClusterWorkspace(ClusterFeedFarm farm, int instances, TimeSpan interval)
    {
        Root = Path.Combine(Path.GetTempPath(), "dw-cluster-" + Guid.NewGuid().ToString("N")[..8]);
        Config = Path.Combine(Root, "config");
        Directory.CreateDirectory(Config);
        File.Copy(Path.Combine(RepositoryPaths.Config, "profiles.yaml"), Path.Combine(Config, "profiles.yaml"));
        var yaml = new StringBuilder($"defaults:\n  interval: {(int)interval.TotalMinutes}m\n  max_age: off\n\nfeeds:\n");
        for (var n = 0; n < farm.Feeds; n++)
        {
            yaml.Append("  - id: cluster-").Append(n).Append("\n    source: ").Append(farm.Url(n)).Append("\n    outlet: Outlet ").Append(n).Append('\n');
        }

        File.WriteAllText(Path.Combine(Config, "feeds.yaml"), yaml.ToString());
        Data = [.. Enumerable.Range(0, instances).Select(i => Path.Combine(Root, "data-" + i))];
        foreach (var data in Data)
        {
            Directory.CreateDirectory(data);
        }
    }

    public string Root { get; }

    public string Config { get; }

    public IReadOnlyList<string> Data { get; }

    public string Output(int instance) => Path.Combine(Data[instance], "alerts.jsonl");

    public string Log(int instance) => Path.Combine(Data[instance], "service.log");

    public void Dispose()
    {
        TestKit.Feeds.TemporaryFolder.TryDelete(Root);
    }
}
