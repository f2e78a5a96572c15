using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Cli;
using DeploymentWatch.Composition;
using DeploymentWatch.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Benchmarks.Cluster;

/// <summary>
/// One instance in this process, composed as the service is (AddDeploymentWatch), whose poll and delivery loops run on
/// their own ticks with no scheduler between instances: unlike clustered Quartz, which runs each job on one node at a
/// time, several of these poll and deliver at the same moments, so only the store's claims and the planning lock keep
/// them apart. A failed round is counted and the next tick tries again, as the jobs do.
/// </summary>
internal sealed class ClusterHost : IAsyncDisposable
{
    private readonly IHost host;
    private readonly CancellationTokenSource stop = new();
    private readonly Task polling;
    private readonly Task delivering;
    private int errors;

    private ClusterHost(IHost host, TimeSpan pollTick, TimeSpan deliveryTick)
    {
        this.host = host;
        polling = LoopAsync(pollTick, PollAsync);
        delivering = LoopAsync(deliveryTick, ct => host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(ct));
    }

    public int Errors => Volatile.Read(ref errors);

    public int Polls { get; private set; }

    public int FeedsPolled { get; private set; }

    public static async Task<ClusterHost> StartAsync(
        string config, string data, IReadOnlyDictionary<string, string> environment, TimeSpan pollTick, TimeSpan deliveryTick)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = data });
        builder.Configuration.AddInMemoryCollection(environment.ToDictionary(p => p.Key.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDeploymentWatch(builder.Configuration, HostPaths.From(config, data), TextWriter.Null);
        var host = builder.Build();
        await CliHost.PrepareAsync(host.Services, CancellationToken.None);
        return new ClusterHost(host, pollTick, deliveryTick);
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var feeds = host.Services.GetRequiredService<FeedsFile>();
        var poll = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feeds.Feeds, ignoreSchedule: false, cancellationToken);
        if (poll.FeedsPolled > 0)
        {
            Polls++;
            FeedsPolled += poll.FeedsPolled;
        }
    }

    private async Task LoopAsync(TimeSpan tick, Func<CancellationToken, Task> round)
    {
        await Task.Yield();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await round(stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // As a Quartz job's failure: logged (here counted), and the next tick runs.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Interlocked.Increment(ref errors);
                Console.Error.WriteLine($"round failed: {ex.Message}");
            }

            try
            {
                await Task.Delay(tick, TimeProvider.System, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(polling, delivering);
        host.Dispose();
        stop.Dispose();
    }
}
