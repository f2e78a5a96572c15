using System.Diagnostics;
using System.Globalization;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Benchmarks.Discord;

/// <summary>
/// The storm as the service delivers it: every alert queued in the outbox (in-memory store), then the real
/// <see cref="OutboxDispatcher"/> run until nothing is pending. Backlog digests are off, so every alert is one post.
/// </summary>
internal static class StormThroughOutbox
{
    public static async Task<(int Delivered, int Passes, TimeSpan Elapsed)> RunAsync(IAlertChannel discord, IReadOnlyList<ChannelAddress> channels, int alerts)
    {
        var store = new InMemoryStore();
        var now = TimeProvider.System.GetUtcNow();
        await store.EnqueueAsync([.. Enumerable.Range(0, alerts).Select(i => OutboxEntry.Post(
            "storm-" + i.ToString(CultureInfo.InvariantCulture), channels[i % channels.Count], Document(i), now))], CancellationToken.None);
        var dispatcher = new OutboxDispatcher(store, store, store, store, [discord],
            Options.Create(new DeliveryOptions { MergeBacklog = false }), TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);

        var stopwatch = Stopwatch.StartNew();
        int delivered = 0, passes = 0;
        while (await store.CountPendingAsync(CancellationToken.None) > 0 && stopwatch.Elapsed < TimeSpan.FromMinutes(30))
        {
            passes++;
            delivered += (await dispatcher.DispatchAsync(CancellationToken.None)).Delivered;
            if (await store.CountPendingAsync(CancellationToken.None) > 0)
            {
                // Only paused channels are left: wait for the next pass as the scheduler's tick would.
                await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, CancellationToken.None);
            }
        }

        return (delivered, passes, stopwatch.Elapsed);
    }

    private static MessageDocument Document(int index) => new(
        $"Storm alert #{index}: North Korean troops reported near Kursk",
        "A load-test alert. Feed text may hold **markdown** and @everyone, which must stay inert.",
        [new MessageField("Topics", "casualties", true)],
        new Uri($"https://news.example.org/storm/{index}"),
        0x2E86C1,
        "Load harness");
}
