using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Metrics;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// Delivers claimable outbox entries: channels in parallel (one slow platform bucket never holds up the rest), the
/// entries of one channel in order. The outbox alone owns retry policy: a channel that answers "later" is paused
/// once (one row) and its entries keep their place without counting an attempt; a dead token pauses the platform;
/// a channel that is gone is disabled; only a permanent refusal fails an entry. A backlog is merged into digests first.
/// </summary>
public sealed class OutboxDispatcher(
    IOutboxStore outbox,
    ISubscriptionStore subscriptions,
    IMuteStore mutes,
    IAlertStore alerts,
    IEnumerable<IAlertChannel> channels,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    public const int BatchSize = 200;

    private readonly Dictionary<string, IAlertChannel> _channels =
        channels.ToDictionary(c => c.Platform, StringComparer.OrdinalIgnoreCase);

    private readonly BacklogMerger _merger = new(outbox, alerts, options.Value, logger);

    /// <summary>Delivers everything claimable now, batch after batch, until nothing is left that may go now.</summary>
    public async Task<DispatchSummary> DispatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimant = Guid.NewGuid().ToString("N");
        await using var renewal = ClaimRenewal.Start(outbox, claimant, settings.ClaimLease, time, logger, cancellationToken);
        var total = DispatchSummary.Empty;
        if (settings.MergeBacklog)
        {
            total = total with { Merged = await _merger.MergeAsync(claimant, time.GetUtcNow(), cancellationToken) };
        }

        while (true)
        {
            var now = time.GetUtcNow();
            var batch = await outbox.ClaimDueAsync(now, BatchSize, settings.ClaimLease, claimant, cancellationToken);
            if (batch.Count == 0)
            {
                return total;
            }

            var activeMutes = await mutes.ListActiveAsync(null, now, cancellationToken);
            var results = await Task.WhenAll(batch
                .GroupBy(e => e.Channel)
                .Select(group => DeliverChannelAsync(group.ToArray(), activeMutes.Where(m => m.Channel == group.Key).ToArray(), cancellationToken)));
            var pass = results.Aggregate(DispatchSummary.Empty, (a, b) => a.Add(b));
            total = total.Add(pass);

            // A short batch means nothing more was due, unless an entry just settled and freed others waiting on it (edits).
            if (batch.Count < BatchSize && pass.Retried == batch.Count)
            {
                return total;
            }
        }
    }

    private async Task<DispatchSummary> DeliverChannelAsync(OutboxEntry[] entries, Mute[] channelMutes, CancellationToken cancellationToken)
    {
        int delivered = 0, failed = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (channelMutes.Length > 0 && await MutedReasonAsync(entry, channelMutes, cancellationToken) is { } muted)
            {
                await outbox.SkipAsync(entry.Id, muted, cancellationToken);
                continue;
            }

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
                case DeliveryStatus.Rejected:
                    var refusal = outcome.Reason ?? "refused by the platform";
                    logger.LogWarning("Outbox entry {Key} for {Channel} refused for good: {Reason}", entry.Key, entry.Channel, refusal);
                    await outbox.MarkFailedAsync(entry.Id, refusal, cancellationToken);
                    failed++;
                    break;
                case DeliveryStatus.ChannelGone:
                    var gone = outcome.Reason ?? "channel gone";
                    logger.LogWarning("Disabling {Channel}: {Reason}", entry.Channel, gone);
                    await subscriptions.DisableAsync(entry.Channel, gone, cancellationToken);
                    await outbox.CancelPendingAsync(entry.Channel, "subscription disabled: " + gone, cancellationToken);
                    return new DispatchSummary(delivered, 0, failed, 1);
                default:
                    // RetryLater or TokenDead: this entry was tried, the rest only waited; all keep their place.
                    await PauseAsync(entry, outcome, now, cancellationToken);
                    await outbox.ReleaseAsync(entry.Id, outcome.Reason ?? outcome.Status.ToString(), cancellationToken);
                    foreach (var waiting in entries.Skip(i + 1))
                    {
                        await outbox.ReleaseAsync(waiting.Id, null, cancellationToken);
                    }

                    return new DispatchSummary(delivered, entries.Length - i, failed, 0);
            }
        }

        return new DispatchSummary(delivered, 0, failed, 0);
    }

    private Task PauseAsync(OutboxEntry entry, DeliveryOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var reason = outcome.Reason ?? outcome.Status.ToString();
        if (outcome.Status == DeliveryStatus.TokenDead)
        {
            logger.LogWarning("Pausing every {Platform} channel for {Pause}: {Reason}", entry.Channel.Platform, settings.TokenPause, reason);
            return outbox.PauseAsync(new ChannelPause(ChannelPause.Platform(entry.Channel.Platform), now + settings.TokenPause, reason), cancellationToken);
        }

        var pause = PausePolicy.For(outcome.RetryAfter, entry.Attempts, settings.MaxPause);
        logger.LogInformation("Pausing {Channel} for {Pause}: {Reason}", entry.Channel, pause, reason);
        return outbox.PauseAsync(new ChannelPause(entry.Channel, now + pause, reason), cancellationToken);
    }

    private async Task<DeliveryOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (!_channels.TryGetValue(entry.Channel.Platform, out var channel))
        {
            return DeliveryOutcome.TokenDead($"no '{entry.Channel.Platform}' channel is configured");
        }

        try
        {
            if (entry.EditsAlertId is not null
                && await outbox.FindMessageRefAsync(entry.EditsAlertId, entry.Channel, cancellationToken) is { } messageRef)
            {
                return await channel.EditAsync(entry.Channel, messageRef, entry.Document, cancellationToken);
            }

            // A post, or an edit whose root never reached this channel (refused, merged into a digest): the edit's
            // document is the whole story, so it goes out as a post of its own rather than being lost.
            return await channel.SendAsync(entry.Channel, entry.Document, entry.Key, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A channel must report outcomes, not throw; if one does, the entry is kept and the channel paused.
            logger.LogError(ex, "Channel {Platform} threw while delivering {Key}", entry.Channel.Platform, entry.Key);
            return DeliveryOutcome.Retry(TimeSpan.FromMinutes(1), ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>Why an alert must not go out any more: every topic the channel wants of it is muted now.</summary>
    private async Task<string?> MutedReasonAsync(OutboxEntry entry, Mute[] channelMutes, CancellationToken cancellationToken)
    {
        if (entry.AlertId is null || await alerts.GetAsync(entry.AlertId, cancellationToken) is not { } alert)
        {
            return null;
        }

        var subscription = await subscriptions.GetAsync(entry.Channel, cancellationToken);
        var wanted = alert.Topics.Where(t => subscription?.Wants(t) ?? true).ToArray();
        var now = time.GetUtcNow();
        return wanted.Length > 0 && wanted.All(t => channelMutes.Any(m => m.Covers(t, now)))
            ? "muted: " + string.Join(", ", wanted)
            : null;
    }
}
