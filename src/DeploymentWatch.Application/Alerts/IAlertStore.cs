using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Alerts;

namespace DeploymentWatch.Application.Alerts;

/// <summary>Alerts, the figures they reported and their outbox entries, written together in one transaction.</summary>
public interface IAlertStore
{
    Task SaveAsync(Alert alert, IReadOnlyList<FigureReport> figures, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken);

    Task<Alert?> GetAsync(string alertId, CancellationToken cancellationToken);

    /// <summary>Most recent alerts first (by creation time), optionally only those with a topic.</summary>
    Task<IReadOnlyList<Alert>> LatestAsync(string? topic, int limit, CancellationToken cancellationToken);

    /// <summary>Alerts created at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<Alert>> CreatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
