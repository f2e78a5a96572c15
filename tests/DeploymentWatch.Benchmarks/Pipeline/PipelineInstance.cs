using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Retention;
using DeploymentWatch.Cli;
using DeploymentWatch.Composition;
using DeploymentWatch.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>
/// One DeploymentWatch instance in this process, composed exactly as the service (AddDeploymentWatch), driven the
/// way its Quartz jobs drive it: <see cref="PollAsync"/> is the poll job's body, <see cref="DeliverAsync"/> the
/// delivery job's. Several instances over one database stand for several processes: nothing but the database is
/// shared between them.
/// </summary>
internal sealed class PipelineInstance : IAsyncDisposable
{
    private readonly IHost host;

    private PipelineInstance(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public static async Task<PipelineInstance> StartAsync(
        string configDirectory, string dataDirectory, IReadOnlyDictionary<string, string?> settings, TimeProvider? time = null)
    {
        // The content root is watched for configuration changes (recursively): not the data folder, whose SQLite
        // write-ahead log changes with every write and would keep a watcher thread busy.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = configDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Error);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddDeploymentWatch(builder.Configuration, HostPaths.From(configDirectory, dataDirectory), TextWriter.Null);
        var host = builder.Build();
        await CliHost.PrepareAsync(host.Services, CancellationToken.None);
        return new PipelineInstance(host);
    }

    public async Task<PollSummary> PollAsync(bool ignoreSchedule, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var feeds = host.Services.GetRequiredService<FeedsFile>();
        return await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feeds.Feeds, ignoreSchedule, cancellationToken);
    }

    public Task<DispatchSummary> DeliverAsync(CancellationToken cancellationToken) =>
        host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken);

    public Task<int> PendingAsync() => host.Services.GetRequiredService<IOutboxStore>().CountPendingAsync(CancellationToken.None);

    public Task<RetentionSummary> PruneAsync() => host.Services.GetRequiredService<RetentionPruner>().PruneAsync(CancellationToken.None);

    /// <summary>Runs the delivery job's body every <paramref name="every"/> until cancelled; returns messages delivered.</summary>
    public async Task<DeliveryLog> DeliverEveryAsync(TimeSpan every, Action<DispatchSummary> onRound, CancellationToken cancellationToken)
    {
        var log = new DeliveryLog();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // A round is never cut short: a cancelled dispatch would leave its claimed entries to their lease.
                try
                {
                    var sent = await DeliverAsync(CancellationToken.None);
                    log.Add(sent);
                    onRound(sent);
                }
                catch (Microsoft.Data.Sqlite.SqliteException ex)
                {
                    // As the delivery job does: the run fails, is logged, and the next tick tries again.
                    log.Errors++;
                    Console.Error.WriteLine($"delivery round failed: {ex.Message}");
                }

                await Task.Delay(every, TimeProvider.System, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The harness stopped delivery between rounds; whatever is left is counted by the caller.
        }

        return log;
    }

    /// <summary>Delivers round after round, each added to <paramref name="log"/>, until nothing is pending or <paramref name="limit"/> has passed (retries wait their turn).</summary>
    public async Task DrainAsync(DeliveryLog log, TimeSpan limit)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(limit.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (await PendingAsync() > 0 && TimeProvider.System.GetTimestamp() < deadline)
        {
            log.Add(await DeliverAsync(CancellationToken.None));
            await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}

internal sealed class DeliveryLog
{
    public int Delivered { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Entries folded into backlog digests (delivered as part of one digest message each).</summary>
    public int Merged { get; private set; }

    public int Errors { get; set; }

    public void Add(DispatchSummary sent)
    {
        Delivered += sent.Delivered;
        Failed += sent.Failed;
        Merged += sent.Merged;
    }
}
