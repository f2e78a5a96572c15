using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// The outbox. Entries are claimed with a lease so that several instances never send the same entry at once, and
/// an entry claimed by an instance that crashed becomes due again when its lease runs out.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Adds entries (ids are assigned by the store); an entry whose key exists already is skipped.</summary>
    Task EnqueueAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> due, undelivered entries, oldest first, for <paramref name="lease"/>.</summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(long id, string? messageRef, DateTimeOffset deliveredAt, CancellationToken cancellationToken);

    /// <summary>Releases the claim and makes the entry due again at <paramref name="dueAt"/>, counting the attempt.</summary>
    Task RescheduleAsync(long id, DateTimeOffset dueAt, string reason, CancellationToken cancellationToken);

    /// <summary>Gives up on the entry for good, keeping it with its reason.</summary>
    Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken);

    /// <summary>Drops every undelivered entry for a channel (it was unsubscribed or disabled).</summary>
    Task CancelPendingAsync(ChannelAddress channel, string reason, CancellationToken cancellationToken);

    /// <summary>The platform's reference of the message posted for an alert in a channel, if it was delivered.</summary>
    Task<string?> FindMessageRefAsync(string alertId, ChannelAddress channel, CancellationToken cancellationToken);

    Task<int> CountPendingAsync(CancellationToken cancellationToken);
}
