using DeploymentWatch.Application.Dashboard;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Figures;

namespace DeploymentWatch.Storage.Dashboard;

/// <summary>
/// The web overview's queries: one statement per table, aggregated in the database, so a page costs four queries
/// whatever the number of feeds, channels or outbox entries.
/// </summary>
internal sealed class DashboardStore(StorageDatabase database) : IDashboardStore
{
    private const string FeedStatesSql = """
        SELECT feed_id, etag, last_modified, body_hash, consecutive_failures, next_attempt_at, last_polled_at, last_error
        FROM feed_state
        """;

    private const string LastNewItemsSql = "SELECT feed_id, last_new_item_at AS last_seen FROM feed_state WHERE last_new_item_at IS NOT NULL";

    // Counted from ix_outbox_channel alone (platform, workspace, channel, status): no table row is read, so a
    // backlog of 20,000 entries costs ~8 ms instead of ~100 ms through ix_outbox_due and the rows. SQLite prefers
    // the status index on its own, hence INDEXED BY; PostgreSQL's planner picks an index-only scan by itself.
    private const string BacklogColumns = "platform, workspace, channel, COUNT(*) AS pending";
    private const string BacklogFilter = "WHERE status = 'pending' GROUP BY platform, workspace, channel";
    private const string SqliteBacklogSql = $"SELECT {BacklogColumns} FROM outbox INDEXED BY ix_outbox_channel {BacklogFilter}";
    private const string PostgresBacklogSql = $"SELECT {BacklogColumns} FROM outbox {BacklogFilter}";

    private const string LatestReportPerSeriesSql = "SELECT source, metric, MAX(reported_at) AS latest FROM figures GROUP BY metric, source";

    // Served by ix_figures_metric_source (metric, source, reported_at).
    private const string SeriesSinceSql = $"""
        SELECT {FigureStore.Columns} FROM figures WHERE metric = @metric AND source = @source AND reported_at >= @since
        ORDER BY reported_at, created_at, id
        """;

    private const string SubscriptionsSql = """
        SELECT platform, workspace, channel, topics, mode, digest_hour, created_at, disabled_reason
        FROM subscriptions ORDER BY platform, workspace, channel
        """;

    public async Task<IReadOnlyList<FeedState>> FeedStatesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, FeedStatesSql);
        return await command.ListAsync(
            row => new FeedState(
                row.Text("feed_id"),
                row.NullableText("etag"),
                row.NullableText("last_modified"),
                row.NullableText("body_hash"),
                row.Int32("consecutive_failures"),
                row.NullableTime("next_attempt_at"),
                row.NullableTime("last_polled_at"),
                row.NullableText("last_error")),
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastNewItemsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, LastNewItemsSql);
        var rows = await command.ListAsync(row => (Feed: row.Text("feed_id"), Seen: row.Time("last_seen")), cancellationToken);
        return rows.ToDictionary(r => r.Feed, r => r.Seen, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<OutboxBacklog>> OutboxBacklogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, database.IsPostgres ? PostgresBacklogSql : SqliteBacklogSql);
        var backlog = await command.ListAsync(
            row => new OutboxBacklog(new ChannelAddress(row.Text("platform"), row.Text("workspace"), row.Text("channel")), row.Int32("pending")),
            cancellationToken);
        return backlog.OrderByDescending(b => b.Pending).ThenBy(b => b.Channel.ToString(), StringComparer.Ordinal).ToArray();
    }

    public async Task<IReadOnlyList<FigureReport>> LatestDayFiguresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        List<(string Source, string Metric, DateTimeOffset Latest)> series;
        await using (var command = database.Command(connection, null, LatestReportPerSeriesSql))
        {
            series = await command.ListAsync(row => (row.Text("source"), row.Text("metric"), row.Time("latest")), cancellationToken);
        }

        var reports = new List<FigureReport>();
        foreach (var (source, metric, latest) in series)
        {
            var dayStart = new DateTimeOffset(latest.UtcDateTime.Date, TimeSpan.Zero);
            await using var command = database.Command(connection, null, SeriesSinceSql)
                .Text("@metric", metric).Text("@source", source).Time("@since", dayStart);
            reports.AddRange(await command.ListAsync(FigureStore.Read, cancellationToken));
        }

        return reports;
    }

    public async Task<IReadOnlyList<Subscription>> SubscriptionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, SubscriptionsSql);
        return await command.ListAsync(
            row => new Subscription(
                new ChannelAddress(row.Text("platform"), row.Text("workspace"), row.Text("channel")),
                new HashSet<string>(StorageJson.Deserialize<string[]>(row.Text("topics")), StringComparer.OrdinalIgnoreCase),
                row.Text("mode") == "daily" ? DeliveryMode.Daily : DeliveryMode.Realtime,
                row.Int32("digest_hour"),
                row.Time("created_at"),
                row.NullableText("disabled_reason")),
            cancellationToken);
    }
}
