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

    // The due test is repeated in the outer WHERE so that a row whose claim changed under us is re-checked
    // (PostgreSQL re-evaluates the outer WHERE after waiting on a row lock; the subquery is not re-run).
    private const string ClaimHead = """
        UPDATE outbox SET claimed_until = @claimed_until
        WHERE status = 'pending' AND due_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
          AND id IN (
            SELECT id FROM outbox
            WHERE status = 'pending' AND due_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
            ORDER BY due_at, id
            LIMIT @limit
        """;

    // PostgreSQL: FOR UPDATE SKIP LOCKED lets concurrent claimers pass over rows another instance is claiming
    // right now, instead of waiting for it and then claiming the same rows' remains.
    public const string ClaimPostgres = ClaimHead + " FOR UPDATE SKIP LOCKED)" + Returning;

    // SQLite has no row locks (and no FOR UPDATE); the store runs this single UPDATE … RETURNING inside a
    // BEGIN IMMEDIATE transaction, which holds the database's only write lock, so claimers are serialised.
    public const string ClaimSqlite = ClaimHead + ")" + Returning;

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
