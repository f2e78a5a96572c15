using System.Data.Common;
using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Delivery;
using DeploymentWatch.Storage.Figures;

namespace DeploymentWatch.Storage.Alerts;

/// <summary>
/// Alerts as JSON payloads with the columns the queries need. <see cref="SaveAsync"/> writes the alert, its figure
/// rows and its outbox entries in one transaction: a crash or error leaves none of them.
/// </summary>
internal sealed class AlertStore(StorageDatabase database) : IAlertStore
{
    // DO NOTHING: saving an alert again (a retried poll) neither fails nor duplicates its figures.
    private const string InsertAlertSql = """
        INSERT INTO alerts (id, feed_id, created_at, payload) VALUES (@id, @feed_id, @created_at, @payload)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string InsertTopicSql = """
        INSERT INTO alert_topics (alert_id, topic) VALUES (@alert_id, @topic) ON CONFLICT DO NOTHING
        """;

    internal const string SelectByIdSql = "SELECT payload FROM alerts WHERE id = @id";

    private const string LatestSql = """
        SELECT payload FROM alerts ORDER BY created_at DESC, id DESC LIMIT @limit
        """;

    private const string LatestWithTopicSql = """
        SELECT a.payload FROM alerts a
        WHERE EXISTS (SELECT 1 FROM alert_topics t WHERE t.alert_id = a.id AND t.topic = @topic)
        ORDER BY a.created_at DESC, a.id DESC LIMIT @limit
        """;

    internal const string SinceSql = """
        SELECT payload FROM alerts WHERE created_at >= @since ORDER BY created_at, id
        """;

    public async Task SaveAsync(
        Alert alert, IReadOnlyList<FigureReport> figures, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(outbox);

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await InsertAsync(database, connection, transaction, alert, figures, outbox, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The alert, its figures (when the alert is new) and its outbox entries, in the caller's transaction.</summary>
    internal static async Task InsertAsync(
        StorageDatabase database,
        DbConnection connection,
        DbTransaction transaction,
        Alert alert,
        IReadOnlyList<FigureReport> figures,
        IReadOnlyList<OutboxEntry> outbox,
        CancellationToken cancellationToken)
    {
        if (await InsertAlertAsync(database, alert, connection, transaction, cancellationToken))
        {
            foreach (var figure in figures)
            {
                await FigureStore.InsertAsync(database, connection, transaction, figure, alert.CreatedAt, cancellationToken);
            }
        }

        await OutboxStore.InsertAsync(database, connection, transaction, outbox, cancellationToken);
    }

    public async Task<Alert?> GetAsync(string alertId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, SelectByIdSql).Text("@id", alertId);
        return await command.FirstOrDefaultAsync(Read, cancellationToken);
    }

    public async Task<IReadOnlyList<Alert>> LatestAsync(string? topic, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = topic is null
            ? database.Command(connection, null, LatestSql)
            : database.Command(connection, null, LatestWithTopicSql).Text("@topic", topic);
        command.Int32("@limit", Math.Max(0, limit));
        return await command.ListAsync(Read, cancellationToken);
    }

    public async Task<IReadOnlyList<Alert>> CreatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, SinceSql).Time("@since", since);
        return await command.ListAsync(Read, cancellationToken);
    }

    /// <summary>Inserts the alert and its topic rows; false when the alert was stored before.</summary>
    private static async Task<bool> InsertAlertAsync(
        StorageDatabase database,
        Alert alert, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var insert = database.Command(connection, transaction, InsertAlertSql)
            .Text("@id", alert.Id)
            .Text("@feed_id", alert.FeedId)
            .Time("@created_at", alert.CreatedAt)
            .Json("@payload", StorageJson.Serialize(alert)))
        {
            if (await insert.ExecuteAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        foreach (var topic in alert.Topics.Distinct(StringComparer.Ordinal))
        {
            await using var command = database.Command(connection, transaction, InsertTopicSql)
                .Text("@alert_id", alert.Id)
                .Text("@topic", topic);
            await command.ExecuteAsync(cancellationToken);
        }

        return true;
    }

    internal static Alert Read(StorageRow row) => StorageJson.Deserialize<Alert>(row.Text("payload"));
}
