using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// One message waiting to reach one channel. Stored in the same transaction as the alert that caused it, so a
/// crash never loses it; <see cref="Key"/> (unique) is the idempotency key passed to the channel on every attempt.
/// <see cref="EditsAlertId"/> set means "edit the message posted for that alert" (also reported by…) rather than post;
/// such an entry <see cref="DependsOn"/> the root's entry and is never claimed while that one is still pending.
/// </summary>
public sealed record OutboxEntry(
    long Id,
    string Key,
    ChannelAddress Channel,
    MessageDocument Document,
    string? AlertId,
    string? EditsAlertId,
    int Attempts,
    DateTimeOffset DueAt,
    string? DependsOn = null)
{
    /// <summary>The key of the entry that posts <paramref name="alertId"/> to <paramref name="channel"/>.</summary>
    public static string KeyFor(string alertId, ChannelAddress channel) => $"{alertId}|{channel}";

    /// <summary>A new post of an alert.</summary>
    public static OutboxEntry Post(string alertId, ChannelAddress channel, MessageDocument document, DateTimeOffset now) =>
        new(0, KeyFor(alertId, channel), channel, document, alertId, null, 0, now);

    /// <summary>An edit of the root's message, ordered after the root's own entry whatever the clocks say.</summary>
    public static OutboxEntry Edit(string alertId, string rootAlertId, ChannelAddress channel, MessageDocument document, DateTimeOffset now) =>
        new(0, KeyFor(alertId, channel), channel, document, alertId, rootAlertId, 0, now, KeyFor(rootAlertId, channel));
}
