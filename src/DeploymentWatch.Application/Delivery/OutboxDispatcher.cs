using DeploymentWatch.Application.Metrics;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Subscriptions;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// Delivers due outbox entries: channels in parallel (one slow platform bucket never holds up the rest), entries of
/// one channel in order. The outcome of each send decides: delivered, retried later with backoff, dropped, or the
/// channel disabled with its reason logged (and the alert kept for every other channel).
/// </summary>
public sealed class OutboxDispatcher(
    IOutboxStore outbox,
    ISubscriptionStore subscriptions,
    IEnumerable<IAlertChannel> channels,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 200;
    public const int MaxAttempts = 12;

    // Long enough for the slowest send with its rate-limit waits; a crashed instance's claims free up after it.
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, IAlertChannel> _channels =
        channels.ToDictionary(c => c.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>Delivers everything due now, batch after batch, until the outbox has nothing due.</summary>
    public async Task<DispatchSummary> DispatchAsync(CancellationToken cancellationToken)
    {
        var total = new DispatchSummary(0, 0, 0, 0);
        while (true)
        {
            var batch = await outbox.ClaimDueAsync(time.GetUtcNow(), BatchSize, Lease, cancellationToken);
            if (batch.Count == 0)
            {
                return total;
            }

            var results = await Task.WhenAll(batch
                .GroupBy(e => e.Channel)
                .Select(group => DeliverChannelAsync(group.ToArray(), cancellationToken)));
            total = results.Aggregate(total, (a, b) => new DispatchSummary(
                a.Delivered + b.Delivered, a.Retried + b.Retried, a.Failed + b.Failed, a.ChannelsDisabled + b.ChannelsDisabled));
            if (batch.Count < BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<DispatchSummary> DeliverChannelAsync(OutboxEntry[] entries, CancellationToken cancellationToken)
    {
        int delivered = 0, retried = 0, failed = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var started = time.GetTimestamp();
            var outcome = await SendAsync(entry, cancellationToken);
            DeploymentWatchMetrics.Delivered(entry.Channel.Platform, outcome.Status, time.GetElapsedTime(started));
            var now = time.GetUtcNow();
            switch (outcome.Status)
            {
                case DeliveryStatus.Delivered:
                    await outbox.MarkDeliveredAsync(entry.Id, outcome.MessageRef, now, cancellationToken);
                    delivered++;
                    break;
                case DeliveryStatus.RetryLater when entry.Attempts + 1 < MaxAttempts:
                    var wait = Max(outcome.RetryAfter ?? TimeSpan.Zero, RetryBackoff(entry.Attempts));
                    await outbox.RescheduleAsync(entry.Id, now + wait, outcome.Reason ?? "retry", cancellationToken);
                    retried++;
                    break;
                case DeliveryStatus.ChannelGone:
                    logger.LogWarning("Disabling {Channel}: {Reason}", entry.Channel, outcome.Reason);
                    await outbox.MarkFailedAsync(entry.Id, outcome.Reason ?? "channel gone", cancellationToken);
                    await subscriptions.DisableAsync(entry.Channel, outcome.Reason ?? "channel gone", cancellationToken);
                    await outbox.CancelPendingAsync(entry.Channel, "subscription disabled: " + outcome.Reason, cancellationToken);
                    return new DispatchSummary(delivered, retried, failed + 1, 1);
                default:
                    logger.LogWarning("Dropping outbox entry {Key} for {Channel} after {Attempts} attempts: {Reason}",
                        entry.Key, entry.Channel, entry.Attempts + 1, outcome.Reason);
                    await outbox.MarkFailedAsync(entry.Id, outcome.Reason ?? "rejected", cancellationToken);
                    failed++;
                    break;
            }

            // A channel that asks us to wait gets no more sends this pass; its later entries keep their order.
            if (outcome.Status == DeliveryStatus.RetryLater)
            {
                foreach (var later in entries.Skip(i + 1))
                {
                    await outbox.RescheduleAsync(later.Id, now + (outcome.RetryAfter ?? TimeSpan.FromSeconds(5)), "channel busy", cancellationToken);
                    retried++;
                }

                break;
            }
        }

        return new DispatchSummary(delivered, retried, failed, 0);
    }

    private async Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (!_channels.TryGetValue(entry.Channel.Platform, out var channel))
        {
            return DeliveryOutcome.Retry(TimeSpan.FromMinutes(10), $"no '{entry.Channel.Platform}' channel is configured");
        }

        try
        {
            if (entry.EditsAlertId is null)
            {
                return await channel.SendAsync(entry.Channel, entry.Document, entry.Key, cancellationToken);
            }

            var messageRef = await outbox.FindMessageRefAsync(entry.EditsAlertId, entry.Channel, cancellationToken);
            return messageRef is null
                ? DeliveryOutcome.Retry(TimeSpan.FromMinutes(1), "the message to edit has not been delivered yet")
                : await channel.EditAsync(entry.Channel, messageRef, entry.Document, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A channel must report outcomes, not throw; if one does, the entry is kept and retried.
            logger.LogError(ex, "Channel {Platform} threw while delivering {Key}", entry.Channel.Platform, entry.Key);
            return DeliveryOutcome.Retry(TimeSpan.FromMinutes(1), ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static TimeSpan RetryBackoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, attempts)));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
