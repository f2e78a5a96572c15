using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Subscriptions;

public interface ISubscriptionStore
{
    Task<Subscription?> GetAsync(ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the channel's subscription (a re-enabled one has no <see cref="Subscription.DisabledReason"/>).</summary>
    Task UpsertAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes it; false when the channel had none.</summary>
    Task<bool> RemoveAsync(ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>Every subscription that is not disabled.</summary>
    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken);

    Task DisableAsync(ChannelAddress channel, string reason, CancellationToken cancellationToken);
}
