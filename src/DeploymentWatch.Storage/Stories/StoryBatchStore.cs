using System.Data.Common;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Storage.Alerts;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Figures;
using DeploymentWatch.Storage.Polling;

namespace DeploymentWatch.Storage.Stories;

/// <summary>
/// Planning batches in one write transaction under a lock all instances share: on PostgreSQL a transaction-scoped
/// advisory lock taken first (released by commit, rollback or a dead connection); on SQLite the BEGIN IMMEDIATE
/// transaction itself, which holds the file's only write lock from its first statement. Reads inside it see every
/// batch committed before, so no two instances open the same story.
/// </summary>
internal sealed class StoryBatchStore(StorageDatabase database) : IStoryBatchStore
{
    // Any constant shared by every instance of the bot, distinct from the migration lock: "DWSTORY" in ASCII.
    private const long PlanningLockKey = 0x0044_5753_544F_5259;

    private const string IdsSinceSql = "SELECT id FROM alerts WHERE created_at >= @since ORDER BY created_at, id";

    public async Task<T> InPlanningLockAsync<T>(Func<IStoryBatchSession, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        if (database.IsPostgres)
        {
            await using var lockCommand = database.Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)")
                .Int64("@key", PlanningLockKey);
            await lockCommand.ExecuteAsync(cancellationToken);
        }

        var result = await work(new Session(database, connection, transaction));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private sealed class Session(StorageDatabase database, DbConnection connection, DbTransaction transaction) : IStoryBatchSession
    {
        public async Task<IReadOnlyList<Alert>> AlertsCreatedSinceAsync(
            DateTimeOffset since, Func<string, bool> isKnown, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(isKnown);
            // Ids first (a payload runs over several pages), then the payloads of the alerts the planner lacks only.
            List<string> ids;
            await using (var command = database.Command(connection, transaction, IdsSinceSql).Time("@since", since))
            {
                ids = await command.ListAsync(row => row.Text("id"), cancellationToken);
            }

            var unknown = ids.Where(id => !isKnown(id)).ToArray();
            if (unknown.Length == 0)
            {
                return [];
            }

            var byId = new Dictionary<string, Alert>(StringComparer.Ordinal);
            foreach (var chunk in unknown.Chunk(1_000))
            {
                var sql = $"SELECT id, payload FROM alerts WHERE id IN {JsonList.Texts(database, "@ids")}";
                await using var command = database.Command(connection, transaction, sql).Json("@ids", JsonList.Of(chunk));
                foreach (var (id, alert) in await command.ListAsync(row => (row.Text("id"), AlertStore.Read(row)), cancellationToken))
                {
                    byId[id] = alert;
                }
            }

            return unknown.Where(byId.ContainsKey).Select(id => byId[id]).ToArray();
        }

        public async Task<Alert?> GetAlertAsync(string alertId, CancellationToken cancellationToken)
        {
            await using var command = database.Command(connection, transaction, AlertStore.SelectByIdSql).Text("@id", alertId);
            return await command.FirstOrDefaultAsync(AlertStore.Read, cancellationToken);
        }

        public async Task<IReadOnlyList<FigureReport>> LatestFiguresAsync(CancellationToken cancellationToken)
        {
            await using var command = database.Command(connection, transaction, FigureStore.LatestPerSourceSql).Text("@metric", null);
            return await command.ListAsync(FigureStore.Read, cancellationToken);
        }

        public async Task<IReadOnlySet<long>> FindSeenAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
        {
            var found = new HashSet<long>();
            await SeenItemStore.FindAsync(database, connection, transaction, keys, found, cancellationToken);
            return found;
        }

        public async Task SaveAsync(StoryBatch batch, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(batch);
            foreach (var plan in batch.Plans)
            {
                await AlertStore.InsertAsync(
                    database, connection, transaction, plan.Alert, FigureReports.From(plan.Alert), plan.Outbox, cancellationToken);
            }

            if (batch.SeenKeys.Count > 0)
            {
                await SeenItemStore.InsertAsync(database, connection, transaction, batch.SeenKeys, batch.SeenAt, cancellationToken);
            }
        }
    }
}
