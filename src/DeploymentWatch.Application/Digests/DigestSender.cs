using System.Globalization;
using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Digests;

/// <summary>
/// Queues the daily digests that are due: each active daily subscription whose hour (UTC) has come today gets one
/// outbox message. The key "digest|{channel}|{yyyy-MM-dd}" is unique in the outbox, so a later run the same day,
/// a restart or a second instance queues nothing more.
/// </summary>
public sealed class DigestSender(
    ISubscriptionStore subscriptions,
    IMuteStore mutes,
    IAlertStore alerts,
    IOutboxStore outbox,
    TimeProvider time)
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(24);

    /// <summary>Queues the due digests; returns how many channels were due (already-queued ones are skipped by key).</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = (await subscriptions.ListActiveAsync(cancellationToken))
            .Where(s => !s.IsDisabled && s.Mode == DeliveryMode.Daily && now.UtcDateTime.Hour >= s.DigestHour)
            .ToArray();
        if (due.Length == 0)
        {
            return 0;
        }

        var recent = await alerts.CreatedSinceAsync(now - Period, cancellationToken);
        var roots = await RootsAsync(recent, cancellationToken);
        var activeMutes = await mutes.ListActiveAsync(null, now, cancellationToken);
        var entries = new List<OutboxEntry>();
        foreach (var subscription in due)
        {
            var document = DigestBuilder.Build(subscription, recent, roots, activeMutes.Where(m => m.Channel == subscription.Channel).ToArray(), now);
            if (document is not null)
            {
                entries.Add(new OutboxEntry(0, Key(subscription.Channel, now), subscription.Channel, document, null, null, 0, now));
            }
        }

        await outbox.EnqueueAsync(entries, cancellationToken);
        return entries.Count;
    }

    public static string Key(ChannelAddress channel, DateTimeOffset now) =>
        $"digest|{channel}|{now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>First alerts of stories that began before the period but gained members in it.</summary>
    private async Task<IReadOnlyDictionary<string, Alert>> RootsAsync(IReadOnlyList<Alert> recent, CancellationToken cancellationToken)
    {
        var roots = new Dictionary<string, Alert>(StringComparer.Ordinal);
        foreach (var storyId in recent.Select(a => a.StoryId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (recent.All(a => a.Id != storyId) && await alerts.GetAsync(storyId, cancellationToken) is { } root)
            {
                roots[storyId] = root;
            }
        }

        return roots;
    }
}
