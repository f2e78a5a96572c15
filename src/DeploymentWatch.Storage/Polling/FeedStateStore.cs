using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Polling;

internal sealed class FeedStateStore(StorageDatabase database) : IFeedStateStore
{
    private const string SelectSql = """
        SELECT feed_id, etag, last_modified, body_hash, consecutive_failures, next_attempt_at, last_polled_at, last_error
        FROM feed_state WHERE feed_id = @feed_id
        """;

    // ON CONFLICT … DO UPDATE with "excluded" is spelled the same in SQLite (3.24+) and PostgreSQL.
    private const string UpsertSql = """
        INSERT INTO feed_state
            (feed_id, etag, last_modified, body_hash, consecutive_failures, next_attempt_at, last_polled_at, last_error)
        VALUES (@feed_id, @etag, @last_modified, @body_hash, @failures, @next_attempt_at, @last_polled_at, @last_error)
        ON CONFLICT (feed_id) DO UPDATE SET
            etag = excluded.etag,
            last_modified = excluded.last_modified,
            body_hash = excluded.body_hash,
            consecutive_failures = excluded.consecutive_failures,
            next_attempt_at = excluded.next_attempt_at,
            last_polled_at = excluded.last_polled_at,
            last_error = excluded.last_error
        """;

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
            .Text("@last_error", state.LastError);
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
