using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Domain.Alerts;

namespace DeploymentWatch.TestKit.Fakes;

public sealed partial class InMemoryStore
{
    /// <summary>A planning batch's view of the store: reads go to it, writes are held until the batch commits.</summary>
    private sealed class BatchSession(InMemoryStore store) : IStoryBatchSession
    {
        public List<StoryPlan> Plans { get; } = [];

        public HashSet<long> Keys { get; } = [];

        public DateTimeOffset SeenAt { get; private set; }

        public async Task<IReadOnlyList<Alert>> AlertsCreatedSinceAsync(
            DateTimeOffset since, Func<string, bool> isKnown, CancellationToken cancellationToken) =>
            (await store.CreatedSinceAsync(since, cancellationToken)).Where(a => !isKnown(a.Id)).ToArray();

        public Task<Alert?> GetAlertAsync(string alertId, CancellationToken cancellationToken) =>
            ((IAlertStore)store).GetAsync(alertId, cancellationToken);

        public Task<IReadOnlyList<FigureReport>> LatestFiguresAsync(CancellationToken cancellationToken) =>
            store.LatestPerSourceAsync(null, cancellationToken);

        public Task<IReadOnlySet<long>> FindSeenAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken) =>
            ((ISeenItemStore)store).FindAsync(keys, cancellationToken);

        public Task SaveAsync(StoryBatch batch, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(batch);
            Plans.AddRange(batch.Plans);
            Keys.UnionWith(batch.SeenKeys);
            SeenAt = batch.SeenAt;
            return Task.CompletedTask;
        }
    }
}
