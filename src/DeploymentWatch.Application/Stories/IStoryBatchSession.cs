using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Alerts;

namespace DeploymentWatch.Application.Stories;

/// <summary>The reads and the one write of a planning batch, all inside its transaction and lock.</summary>
public interface IStoryBatchSession
{
    /// <summary>
    /// Alerts created at or after <paramref name="since"/>, oldest first, without those <paramref name="isKnown"/>
    /// says the caller holds already (their payloads are not even read: a refresh mostly finds the caller's own).
    /// </summary>
    Task<IReadOnlyList<Alert>> AlertsCreatedSinceAsync(DateTimeOffset since, Func<string, bool> isKnown, CancellationToken cancellationToken);

    Task<Alert?> GetAlertAsync(string alertId, CancellationToken cancellationToken);

    /// <summary>The latest report per (source, metric).</summary>
    Task<IReadOnlyList<FigureReport>> LatestFiguresAsync(CancellationToken cancellationToken);

    /// <summary>The seen keys among <paramref name="keys"/> already recorded (by this or another instance).</summary>
    Task<IReadOnlySet<long>> FindSeenAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken);

    /// <summary>Writes the batch's alerts with their figures and outbox entries, and records its seen keys.</summary>
    Task SaveAsync(StoryBatch batch, CancellationToken cancellationToken);
}
