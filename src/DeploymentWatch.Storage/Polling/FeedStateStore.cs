using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Polling;

/// <summary>
/// Feed state rows and their claims. A claim is claimed_until/claimed_by on the row, taken by one UPDATE over the
/// due rows (ix_feed_state_due): on PostgreSQL the rows are locked FOR UPDATE SKIP LOCKED so that concurrent
/// claimers split the feeds instead of taking the same ones; on SQLite the statement runs in a BEGIN IMMEDIATE
/// transaction, which holds the file's only write lock.
/// </summary>
internal sealed class FeedStateStore(StorageDatabase database) : IFeedStateStore
{
    private const string Columns =
        "feed_id, etag, last_modified, body_hash, consecutive_failures, next_attempt_at, last_polled_at, last_error";

    private const string SelectSql = $"SELECT {Columns} FROM feed_state WHERE feed_id = @feed_id";

    // ON CONFLICT … DO UPDATE with "excluded" is spelled the same in SQLite (3.24+) and PostgreSQL. Saving ends the claim.
    private const string UpsertSql = """
        INSERT INTO feed_state
            (feed_id, etag, last_modified, body_hash, consecutive_failures, next_attempt_at, last_polled_at, last_error, last_new_item_at)
        VALUES (@feed_id, @etag, @last_modified, @body_hash, @failures, @next_attempt_at, @last_polled_at, @last_error, @last_new_item_at)
        ON CONFLICT (feed_id) DO UPDATE SET
            etag = excluded.etag,
            last_modified = excluded.last_modified,
            body_hash = excluded.body_hash,
            consecutive_failures = excluded.consecutive_failures,
            next_attempt_at = excluded.next_attempt_at,
            last_polled_at = excluded.last_polled_at,
            last_error = excluded.last_error,
            last_new_item_at = COALESCE(excluded.last_new_item_at, feed_state.last_new_item_at),
            claimed_until = NULL,
            claimed_by = NULL
        """;

    private const string DueCondition = """
        (@ignore_schedule = 1 OR next_attempt_at IS NULL OR next_attempt_at <= @now)
        AND (claimed_until IS NULL OR claimed_until <= @now)
        """;

    private string RegisterSql => database.IsPostgres
        ? "INSERT INTO feed_state (feed_id) SELECT jsonb_array_elements_text(@ids) ON CONFLICT (feed_id) DO NOTHING"
        // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to the SELECT's join.
        : "INSERT INTO feed_state (feed_id) SELECT value FROM json_each(@ids) WHERE true ON CONFLICT (feed_id) DO NOTHING";

    // A MATERIALIZED CTE picks and locks the rows once (see OutboxSql.ClaimPostgres for why not "IN (… LIMIT)").
    private string ClaimSql => database.IsPostgres
        ? $"""
            WITH due AS MATERIALIZED (
                SELECT feed_id FROM feed_state
                WHERE {DueCondition} AND feed_id IN {JsonList.Texts(database, "@ids")}
                ORDER BY next_attempt_at NULLS FIRST, feed_id
                LIMIT @limit
                FOR UPDATE SKIP LOCKED
            )
            UPDATE feed_state f SET claimed_until = @claimed_until, claimed_by = @owner
            FROM due WHERE f.feed_id = due.feed_id
            RETURNING f.feed_id, f.etag, f.last_modified, f.body_hash, f.consecutive_failures, f.next_attempt_at, f.last_polled_at, f.last_error
            """
        : $"""
            UPDATE feed_state SET claimed_until = @claimed_until, claimed_by = @owner
            WHERE feed_id IN (
                SELECT feed_id FROM feed_state
                WHERE {DueCondition} AND feed_id IN {JsonList.Texts(database, "@ids")}
                ORDER BY next_attempt_at, feed_id
                LIMIT @limit)
            RETURNING {Columns}
            """;

    private string RenewSql =>
        $"UPDATE feed_state SET claimed_until = @claimed_until WHERE claimed_by = @owner AND feed_id IN {JsonList.Texts(database, "@ids")}";

    private string ReleaseSql =>
        $"UPDATE feed_state SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = @owner AND feed_id IN {JsonList.Texts(database, "@ids")}";

    public async Task<FeedState> GetAsync(string feedId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, SelectSql).Text("@feed_id", feedId);
        return await command.FirstOrDefaultAsync(Read, cancellationToken) ?? FeedState.New(feedId);
    }

    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, UpsertSql)
            .Text("@feed_id", state.FeedId)
            .Text("@etag", state.ETag)
            .Text("@last_modified", state.LastModified)
            .Text("@body_hash", state.BodyHash)
            .Int32("@failures", state.ConsecutiveFailures)
            .Time("@next_attempt_at", state.NextAttemptAt)
            .Time("@last_polled_at", state.LastPolledAt)
            .Text("@last_error", state.LastError)
            .Time("@last_new_item_at", state.LastNewItemAt);
        await command.ExecuteAsync(cancellationToken);
    }

    public async Task RegisterAsync(IReadOnlyCollection<string> feedIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedIds);
        if (feedIds.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, RegisterSql).Json("@ids", JsonList.Of(feedIds));
        await command.ExecuteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FeedState>> ClaimDueAsync(FeedClaimRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Lease, TimeSpan.Zero);
        if (request.FeedIds.Count == 0 || request.Limit <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        List<FeedState> claimed;
        await using (var command = database.Command(connection, transaction, ClaimSql))
        {
            command
                .Json("@ids", JsonList.Of(request.FeedIds))
                .Int32("@ignore_schedule", request.IgnoreSchedule ? 1 : 0)
                .Time("@now", request.Now)
                .Time("@claimed_until", request.Now + request.Lease)
                .Text("@owner", request.Owner)
                .Int32("@limit", request.Limit);
            claimed = await command.ListAsync(Read, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        // RETURNING follows no ORDER BY: the contract is earliest due first.
        return claimed.OrderBy(s => s.NextAttemptAt ?? DateTimeOffset.MinValue).ThenBy(s => s.FeedId, StringComparer.Ordinal).ToList();
    }

    public Task RenewAsync(IReadOnlyCollection<string> feedIds, string owner, DateTimeOffset claimedUntil, CancellationToken cancellationToken) =>
        UpdateClaimsAsync(RenewSql, feedIds, owner, claimedUntil, cancellationToken);

    public Task ReleaseAsync(IReadOnlyCollection<string> feedIds, string owner, CancellationToken cancellationToken) =>
        UpdateClaimsAsync(ReleaseSql, feedIds, owner, null, cancellationToken);

    private async Task UpdateClaimsAsync(
        string sql, IReadOnlyCollection<string> feedIds, string owner, DateTimeOffset? claimedUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedIds);
        if (feedIds.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, sql)
            .Json("@ids", JsonList.Of(feedIds))
            .Text("@owner", owner);
        if (claimedUntil is not null)
        {
            command.Time("@claimed_until", claimedUntil);
        }

        await command.ExecuteAsync(cancellationToken);
    }

    private static FeedState Read(StorageRow row) => new(
        row.Text("feed_id"),
        row.NullableText("etag"),
        row.NullableText("last_modified"),
        row.NullableText("body_hash"),
        row.Int32("consecutive_failures"),
        row.NullableTime("next_attempt_at"),
        row.NullableTime("last_polled_at"),
        row.NullableText("last_error"));
}
