using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// The outbox. Entries are claimed by a named claimant with a short lease that the claimant renews while it works,
/// so several instances never send the same entry at once and an entry claimed by a process that died is due again
/// within one lease. An entry is claimable only when it is due, its channel (and platform) is not paused, and the
/// entry it depends on (an edit's root) is no longer pending.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Adds entries (ids are assigned by the store); an entry whose key exists already is skipped.</summary>
    Task EnqueueAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> claimable entries, oldest first, for <paramref name="claimant"/>.</summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(
        DateTimeOffset now, int limit, TimeSpan lease, string claimant, CancellationToken cancellationToken);

    /// <summary>Extends every claim <paramref name="claimant"/> still holds to <paramref name="until"/>.</summary>
    Task RenewClaimsAsync(string claimant, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a claimed entry back, keeping its place in its channel's queue. <paramref name="attemptError"/> set means
    /// it was really sent and answered "later": the attempt is counted and the answer kept; null means it only waited.
    /// </summary>
    Task ReleaseAsync(long id, string? attemptError, CancellationToken cancellationToken);

    /// <summary>Gives back every claim <paramref name="claimant"/> still holds, counting no attempt.</summary>
    Task ReleaseClaimsAsync(string claimant, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(long id, string? messageRef, DateTimeOffset deliveredAt, CancellationToken cancellationToken);

    /// <summary>The platform refused this message for good: keeps it, failed, with its reason.</summary>
    Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken);

    /// <summary>Skips one entry that must not go out any more (its topic was muted meanwhile), with the reason.</summary>
    Task SkipAsync(long id, string reason, CancellationToken cancellationToken);

    /// <summary>Drops every undelivered entry for a channel (it was unsubscribed or disabled).</summary>
    Task CancelPendingAsync(ChannelAddress channel, string reason, CancellationToken cancellationToken);

    /// <summary>Pauses a channel (or a whole platform): one row per channel, replaced by a later pause.</summary>
    Task PauseAsync(ChannelPause pause, CancellationToken cancellationToken);

    /// <summary>Pauses in force at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<ChannelPause>> ListPausesAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Channels, not paused, whose unclaimed alert posts number at least <paramref name="minEntries"/> or include
    /// one queued before <paramref name="queuedBefore"/> (and at least two, or there is nothing to merge).
    /// </summary>
    Task<IReadOnlyList<ChannelAddress>> ListBackloggedAsync(
        DateTimeOffset now, int minEntries, DateTimeOffset queuedBefore, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> of one channel's unclaimed pending entries, oldest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimChannelAsync(
        ChannelAddress channel, DateTimeOffset now, int limit, TimeSpan lease, string claimant, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: marks the entries merged into the digests and queues the digests. False (and nothing
    /// changed) when any of them is no longer pending and claimed by <paramref name="claimant"/>.
    /// </summary>
    Task<bool> MergeAsync(
        IReadOnlyList<long> mergedIds, IReadOnlyList<OutboxEntry> digests, string claimant, CancellationToken cancellationToken);

    /// <summary>The platform's reference of the message posted for an alert in a channel, if it was delivered.</summary>
    Task<string?> FindMessageRefAsync(string alertId, ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>The reason of the channel's latest entry refused for good, for `status`; null when none was.</summary>
    Task<string?> LastRefusalAsync(ChannelAddress channel, CancellationToken cancellationToken);

    Task<int> CountPendingAsync(CancellationToken cancellationToken);
}
