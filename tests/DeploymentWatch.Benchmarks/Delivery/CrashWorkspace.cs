using System.Globalization;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage;
using DeploymentWatch.TestKit.Repository;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Benchmarks.Delivery;

/// <summary>
/// A throwaway config and data folder for the crash harness, and its outbox seeded through the storage adapter
/// with alert posts for the file channel.
/// </summary>
internal sealed class CrashWorkspace : IDisposable
{
    public static readonly ChannelAddress FileChannel = new("file", ChannelAddress.LocalWorkspace, "crash");

    private CrashWorkspace(string root)
    {
        Root = root;
        Directory.CreateDirectory(ConfigDirectory);
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(Path.Combine(root, "empty-feed"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "config", "profiles.yaml"), Path.Combine(ConfigDirectory, "profiles.yaml"));

        // One local feed with nothing in it: the service polls, finds nothing new, and spends its time delivering.
        File.WriteAllText(Path.Combine(ConfigDirectory, "feeds.yaml"), """
            feeds:
              - id: empty
                source: empty-feed
                interval: 1h
            """);
    }

    public string Root { get; }

    public string ConfigDirectory => Path.Combine(Root, "config");

    public string DataDirectory => Path.Combine(Root, "data");

    public string OutputFile => Path.Combine(DataDirectory, FileChannel.Channel + ".jsonl");

    public static CrashWorkspace Create() =>
        new(Path.Combine(Path.GetTempPath(), "dw-crash-" + Guid.NewGuid().ToString("N")[..8]));

    /// <summary>Queues <paramref name="count"/> alert posts for the file channel (in batches); returns their keys.</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(IReadOnlyDictionary<string, string> settings, int count, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(p => p.Key.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value)).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddStorage(configuration).BuildServiceProvider();
        await services.GetRequiredService<IStorageMigrator>().MigrateAsync(cancellationToken);
        var outbox = services.GetRequiredService<IOutboxStore>();
        var now = TimeProvider.System.GetUtcNow();
        var entries = Enumerable.Range(0, count).Select(i =>
        {
            var id = "crash-" + i.ToString("D5", CultureInfo.InvariantCulture);
            var link = new Uri("https://news.example.org/crash/" + i.ToString(CultureInfo.InvariantCulture));
            var document = new MessageDocument($"Crash harness alert {i}: North Korean troops reported near Kursk", "A harness alert.", [], link);
            return OutboxEntry.Post(id, FileChannel, document, now.AddTicks(i));
        }).ToArray();
        foreach (var batch in entries.Chunk(500))
        {
            await outbox.EnqueueAsync(batch, cancellationToken);
        }

        return [.. entries.Select(e => e.Key)];
    }

    public long OutputLength() => File.Exists(OutputFile) ? new FileInfo(OutputFile).Length : 0;

    public void Dispose()
    {
        TestKit.Feeds.TemporaryFolder.TryDelete(Root);
    }
}
