namespace DeploymentWatch.Storage.Delivery;

/// <summary>The outbox statements; only the claims differ between engines.</summary>
internal static class OutboxSql
{
    public const string Insert = """
        INSERT INTO outbox (key, platform, workspace, channel, document, alert_id, edits_alert_id, depends_on, attempts, due_at, status)
        VALUES (@key, @platform, @workspace, @channel, @document, @alert_id, @edits_alert_id, @depends_on, @attempts, @due_at, 'pending')
        ON CONFLICT (key) DO NOTHING
        """;

    private const string Columns = "id, key, platform, workspace, channel, document, alert_id, edits_alert_id, depends_on, attempts, due_at";

    // Claimable: pending, due, not claimed (or its claim ran out), its channel and platform not paused, and the
    // entry it depends on (an edit's root) no longer pending, whatever the due times say.
    private const string Free = """
        q.status = 'pending' AND q.due_at <= @now AND (q.claimed_until IS NULL OR q.claimed_until <= @now)
        AND NOT EXISTS (
            SELECT 1 FROM channel_pauses p
            WHERE p.platform = q.platform AND p.until > @now
              AND ((p.workspace = q.workspace AND p.channel = q.channel) OR (p.workspace = '*' AND p.channel = '*')))
        """;

    private const string Claimable = Free + """

        AND (q.depends_on IS NULL OR NOT EXISTS (
            SELECT 1 FROM outbox d WHERE d.key = q.depends_on AND d.status = 'pending'))
        """;

    private const string OneChannel = " AND q.platform = @platform AND q.workspace = @workspace AND q.channel = @channel";

    // PostgreSQL: the claimable rows are picked once, in a MATERIALIZED CTE, and locked FOR UPDATE SKIP LOCKED, so
    // concurrent claimers pass over rows another instance is claiming instead of waiting and claiming them too.
    // Not "id IN (SELECT … LIMIT n FOR UPDATE)": the planner may re-run that subquery, and each re-run skips the rows
    // this statement already updated and returns the next n, claiming more than the limit.
    private static string ClaimPostgres(string condition) => $"""
        WITH due AS MATERIALIZED (
            SELECT q.id FROM outbox q WHERE {condition}
            ORDER BY q.due_at, q.id
            LIMIT @limit
            FOR UPDATE OF q SKIP LOCKED
        )
        UPDATE outbox o SET claimed_until = @claimed_until, claimed_by = @claimant
        FROM due
        WHERE o.id = due.id
        RETURNING o.id, o.key, o.platform, o.workspace, o.channel, o.document, o.alert_id, o.edits_alert_id,
                  o.depends_on, o.attempts, o.due_at
        """;

    // SQLite has no row locks and no FOR UPDATE: the store runs this single UPDATE … RETURNING inside a
    // BEGIN IMMEDIATE transaction, which holds the database's only write lock, so claimers are serialised.
    private static string ClaimSqlite(string condition) => $"""
        UPDATE outbox SET claimed_until = @claimed_until, claimed_by = @claimant
        WHERE id IN (SELECT q.id FROM outbox q WHERE {condition} ORDER BY q.due_at, q.id LIMIT @limit)
        RETURNING {Columns}
        """;

    public static readonly string ClaimDuePostgres = ClaimPostgres(Claimable);
    public static readonly string ClaimDueSqlite = ClaimSqlite(Claimable);

    // A channel's whole queue, edits included whatever their roots' state: the backlog merge takes them together.
    public static readonly string ClaimChannelPostgres = ClaimPostgres(Free + OneChannel);
    public static readonly string ClaimChannelSqlite = ClaimSqlite(Free + OneChannel);

    public const string RenewClaims = """
        UPDATE outbox SET claimed_until = @claimed_until
        WHERE claimed_by = @claimant AND status = 'pending' AND claimed_until IS NOT NULL
        """;

    // The entry keeps its due time, so it keeps its place in its channel's queue; only a real attempt is counted.
    public const string Release = """
        UPDATE outbox SET claimed_until = NULL, claimed_by = NULL,
            attempts = attempts + CASE WHEN @error IS NULL THEN 0 ELSE 1 END,
            last_error = COALESCE(@error, last_error)
        WHERE id = @id AND status = 'pending'
        """;

    public const string ReleaseClaims = """
        UPDATE outbox SET claimed_until = NULL, claimed_by = NULL
        WHERE claimed_by = @claimant AND status = 'pending'
        """;

    // Any status but delivered: if the platform took the message, the row says so even when it was cancelled meanwhile.
    public const string MarkDelivered = """
        UPDATE outbox SET status = 'delivered', message_ref = @message_ref, delivered_at = @delivered_at,
            claimed_until = NULL, claimed_by = NULL
        WHERE id = @id AND status <> 'delivered'
        """;

    // Only a pending entry is failed, skipped or merged: a cancellation that came in during the attempt stands.
    public const string MarkFailed = """
        UPDATE outbox SET status = 'failed', attempts = attempts + 1, claimed_until = NULL, claimed_by = NULL,
            last_error = @reason
        WHERE id = @id AND status = 'pending'
        """;

    public const string Skip = """
        UPDATE outbox SET status = 'cancelled', claimed_until = NULL, claimed_by = NULL, last_error = @reason
        WHERE id = @id AND status = 'pending'
        """;

    public const string Merge = """
        UPDATE outbox SET status = 'merged', claimed_until = NULL, claimed_by = NULL, last_error = @reason
        WHERE id = @id AND status = 'pending' AND claimed_by = @claimant
        """;

    public const string CancelPending = """
        UPDATE outbox SET status = 'cancelled', claimed_until = NULL, claimed_by = NULL, last_error = @reason
        WHERE platform = @platform AND workspace = @workspace AND channel = @channel AND status = 'pending'
        """;

    public const string Pause = """
        INSERT INTO channel_pauses (platform, workspace, channel, until, reason)
        VALUES (@platform, @workspace, @channel, @until, @reason)
        ON CONFLICT (platform, workspace, channel) DO UPDATE SET until = excluded.until, reason = excluded.reason
        """;

    public const string ListPauses = """
        SELECT platform, workspace, channel, until, reason FROM channel_pauses
        WHERE until > @now
        ORDER BY platform, workspace, channel
        """;

    // Alert posts waiting unclaimed in channels that may send now; at least two, or there is nothing to merge.
    public const string ListBacklogged = """
        SELECT q.platform, q.workspace, q.channel FROM outbox q
        WHERE q.status = 'pending' AND q.alert_id IS NOT NULL AND q.edits_alert_id IS NULL AND q.due_at <= @now
          AND (q.claimed_until IS NULL OR q.claimed_until <= @now)
          AND NOT EXISTS (
              SELECT 1 FROM channel_pauses p
              WHERE p.platform = q.platform AND p.until > @now
                AND ((p.workspace = q.workspace AND p.channel = q.channel) OR (p.workspace = '*' AND p.channel = '*')))
        GROUP BY q.platform, q.workspace, q.channel
        HAVING COUNT(*) >= 2 AND (COUNT(*) >= @min_entries OR MIN(q.due_at) <= @queued_before)
        ORDER BY q.platform, q.workspace, q.channel
        """;

    // The message posted for the alert, not an edit of another alert's message.
    public const string FindMessageRef = """
        SELECT message_ref FROM outbox
        WHERE alert_id = @alert_id AND platform = @platform AND workspace = @workspace AND channel = @channel
          AND status = 'delivered' AND message_ref IS NOT NULL AND edits_alert_id IS NULL
        ORDER BY delivered_at, id
        LIMIT 1
        """;

    public const string LastRefusal = """
        SELECT last_error FROM outbox
        WHERE platform = @platform AND workspace = @workspace AND channel = @channel AND status = 'failed'
          AND last_error IS NOT NULL
        ORDER BY id DESC
        LIMIT 1
        """;

    public const string CountPending = "SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'";
}
