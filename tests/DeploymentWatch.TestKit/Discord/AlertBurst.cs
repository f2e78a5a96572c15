using System.Diagnostics;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>
/// Sends a burst of alerts to many channels at once the way the outbox would: every alert concurrently, then each
/// RetryLater again after its RetryAfter (capped), with the same idempotency key, until all are delivered or a
/// round limit is reached. Used by the scaled-down delivery test and the full load harness.
/// </summary>
public static class AlertBurst
{
    public sealed record Report(int Alerts, int Delivered, int Failed, int RetryLaterOutcomes, int Rounds, TimeSpan Elapsed);

    public static async Task<Report> RunAsync(IAlertChannel channel, IReadOnlyList<ChannelAddress> channels, int alerts, TimeProvider timeProvider,
        TimeSpan maxRetryWait, int maxRounds = 20, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var pending = Enumerable.Range(0, alerts).Select(i => (Index: i, Address: channels[i % channels.Count])).ToList();
        int delivered = 0, failed = 0, retries = 0, rounds = 0;
        while (pending.Count > 0 && rounds < maxRounds)
        {
            rounds++;
            var outcomes = await Task.WhenAll(pending.Select(async p =>
                (p, await channel.SendAsync(p.Address, Document(p.Index), $"burst-{p.Index}", cancellationToken))));
            var again = outcomes.Where(o => o.Item2.Status == DeliveryStatus.RetryLater).ToList();
            delivered += outcomes.Count(o => o.Item2.Status == DeliveryStatus.Delivered);
            failed += outcomes.Count(o => o.Item2.Status is DeliveryStatus.Rejected or DeliveryStatus.ChannelGone);
            retries += again.Count;
            pending = again.Select(o => o.p).ToList();
            if (again.Count > 0)
            {
                var wait = again.Min(o => o.Item2.RetryAfter ?? TimeSpan.FromSeconds(1));
                await Task.Delay(wait < maxRetryWait ? wait : maxRetryWait, timeProvider, cancellationToken);
            }
        }

        return new Report(alerts, delivered, failed + pending.Count, retries, rounds, stopwatch.Elapsed);
    }

    private static MessageDocument Document(int index) => new(
        $"Burst alert #{index}: North Korean troops reported near Kursk",
        "A load-test alert. Feed text may hold **markdown** and @everyone, which must stay inert.",
        [new MessageField("Topics", "casualties", true), new MessageField("Index", index.ToString(System.Globalization.CultureInfo.InvariantCulture), true)],
        new Uri($"https://news.example.org/burst/{index}"),
        0x2E86C1,
        "Load harness");
}
