using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// One message waiting to reach one channel. Stored in the same transaction as the alert that caused it, so a
/// crash never loses it; <see cref="Key"/> (unique) is the idempotency key passed to the channel on every attempt.
/// <see cref="EditsAlertId"/> set means "edit the message posted for that alert" (also reported by…) rather than post.
/// </summary>
public sealed record OutboxEntry(
    long Id,
    string Key,
    ChannelAddress Channel,
    MessageDocument Document,
    string? AlertId,
    string? EditsAlertId,
    int Attempts,
    DateTimeOffset DueAt);
