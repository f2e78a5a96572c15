using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Dashboard;

/// <summary>The read-only queries behind the web overview: whole tables at once, in one query each.</summary>
public interface IDashboardStore
{
    /// <summary>Every stored feed state row (a feed never polled has none).</summary>
    Task<IReadOnlyList<FeedState>> FeedStatesAsync(CancellationToken cancellationToken);

    /// <summary>When each feed last gave an item not seen before.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> LastNewItemsAsync(CancellationToken cancellationToken);

    /// <summary>Undelivered outbox entries per channel, largest backlog first.</summary>
    Task<IReadOnlyList<OutboxBacklog>> OutboxBacklogAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Each (source, metric)'s reports from its most recent day, in history order: all that
    /// <see cref="Figures.LatestFigures.From"/> needs, without reading the whole history.
    /// </summary>
    Task<IReadOnlyList<FigureReport>> LatestDayFiguresAsync(CancellationToken cancellationToken);

    /// <summary>Every subscription, disabled ones included.</summary>
    Task<IReadOnlyList<Subscription>> SubscriptionsAsync(CancellationToken cancellationToken);
}
