using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Alerts;

/// <summary>
/// Decides who gets an alert now: active realtime subscriptions that want one of its topics and have not muted
/// every one of those topics. Muted alerts are dropped for that channel, never queued to burst out later.
/// </summary>
public static class AlertRouter
{
    public static IReadOnlyList<ChannelAddress> Recipients(
        Alert alert,
        IReadOnlyList<Subscription> subscriptions,
        IReadOnlyList<Mute> activeMutes,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(activeMutes);
        var recipients = new List<ChannelAddress>();
        foreach (var subscription in subscriptions)
        {
            if (subscription.IsDisabled || subscription.Mode != DeliveryMode.Realtime)
            {
                continue;
            }

            var wanted = alert.Topics.Where(subscription.Wants).ToArray();
            var mutes = activeMutes.Where(m => m.Channel == subscription.Channel).ToArray();
            if (wanted.Any(topic => !mutes.Any(m => m.Covers(topic, now))))
            {
                recipients.Add(subscription.Channel);
            }
        }

        return recipients;
    }

    public static OutboxEntry Entry(Alert alert, ChannelAddress channel, MessageDocument document, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return OutboxEntry.Post(alert.Id, channel, document, now);
    }
}
