namespace DeploymentWatch.Storage.Delivery;

/// <summary>The outbox statements; only the claim differs between engines.</summary>
internal static class OutboxSql
{
    public const string Insert = """
        INSERT INTO outbox (key, platform, workspace, channel, document, alert_id, edits_alert_id, attempts, due_at, status)
        VALUES (@key, @platform, @workspace, @channel, @document, @alert_id, @edits_alert_id, @attempts, @due_at, 'pending')
        ON CONFLICT (key) DO NOTHING
        """;

    private const string Returning =
        " RETURNING id, key, platform, workspace, channel, document, alert_id, edits_alert_id, attempts, due_at";

    private const string DueCondition =
        "status = 'pending' AND due_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)";

    // PostgreSQL: the due rows are picked once, in a MATERIALIZED CTE, and locked FOR UPDATE SKIP LOCKED, so
    // concurrent claimers pass over rows another instance is claiming instead of waiting and claiming them too.
    // Not "id IN (SELECT … LIMIT n FOR UPDATE)": the planner may re-run that subquery, and each re-run skips the rows
    // this statement already updated and returns the next n, claiming more than the limit.
    public const string ClaimPostgres = $"""
        WITH due AS MATERIALIZED (
            SELECT id FROM outbox WHERE {DueCondition}
            ORDER BY due_at, id
            LIMIT @limit
            FOR UPDATE SKIP LOCKED
        )
        UPDATE outbox o SET claimed_until = @claimed_until
        FROM due
        WHERE o.id = due.id
        RETURNING o.id, o.key, o.platform, o.workspace, o.channel, o.document, o.alert_id, o.edits_alert_id, o.attempts, o.due_at
        """;

    // SQLite has no row locks and no FOR UPDATE: the store runs this single UPDATE … RETURNING inside a
    // BEGIN IMMEDIATE transaction, which holds the database's only write lock, so claimers are serialised.
    public const string ClaimSqlite = $"""
        UPDATE outbox SET claimed_until = @claimed_until
        WHERE id IN (SELECT id FROM outbox WHERE {DueCondition} ORDER BY due_at, id LIMIT @limit)
        """ + Returning;

    // Any status but delivered: if the platform took the message, the row says so even when it was cancelled meanwhile.
    public const string MarkDelivered = """
        UPDATE outbox SET status = 'delivered', message_ref = @message_ref, delivered_at = @delivered_at,
            claimed_until = NULL
        WHERE id = @id AND status <> 'delivered'
        """;

    // Only a pending entry is rescheduled or failed: a cancellation that came in during the attempt stands.
    public const string Reschedule = """
        UPDATE outbox SET attempts = attempts + 1, due_at = @due_at, claimed_until = NULL, last_error = @reason
        WHERE id = @id AND status = 'pending'
        """;

    public const string MarkFailed = """
        UPDATE outbox SET status = 'failed', attempts = attempts + 1, claimed_until = NULL, last_error = @reason
        WHERE id = @id AND status = 'pending'
        """;

    public const string CancelPending = """
        UPDATE outbox SET status = 'cancelled', claimed_until = NULL, last_error = @reason
        WHERE platform = @platform AND workspace = @workspace AND channel = @channel AND status = 'pending'
        """;

    // The message posted for the alert, not an edit of another alert's message.
    public const string FindMessageRef = """
        SELECT message_ref FROM outbox
        WHERE alert_id = @alert_id AND platform = @platform AND workspace = @workspace AND channel = @channel
          AND status = 'delivered' AND message_ref IS NOT NULL AND edits_alert_id IS NULL
        ORDER BY delivered_at, id
        LIMIT 1
        """;

    public const string CountPending = "SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'";
}
