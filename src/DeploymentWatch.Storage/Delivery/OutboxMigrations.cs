namespace DeploymentWatch.Storage.Delivery;

/// <summary>
/// The outbox's schema step for dependable delivery (SQLite version 3, PostgreSQL version 4): depends_on (an edit
/// waits for its root's entry), claimed_by (leases renewed by their claimant), the 'merged' status (folded into a
/// backlog digest) and channel_pauses (one row per paused channel or platform). Never edit it: add a new version.
/// </summary>
internal static class OutboxMigrations
{
    public const string Description =
        "outbox.depends_on, claimed_by and the 'merged' status; channel_pauses (one row per paused channel)";

    // The key of the root's entry, as OutboxEntry.KeyFor builds it ("alert|platform:channel" for the local workspace).
    private const string RootKey = """
        CASE WHEN edits_alert_id IS NULL THEN NULL
             WHEN workspace = 'local' THEN edits_alert_id || '|' || platform || ':' || channel
             ELSE edits_alert_id || '|' || platform || ':' || workspace || '/' || channel END
        """;

    // SQLite cannot alter a CHECK constraint: the table is rebuilt (ids kept, so AUTOINCREMENT continues after them).
    public const string SqliteV3 = $"""
        CREATE TABLE outbox_v3 (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            key            TEXT NOT NULL UNIQUE,
            platform       TEXT NOT NULL,
            workspace      TEXT NOT NULL,
            channel        TEXT NOT NULL,
            document       TEXT NOT NULL,
            alert_id       TEXT,
            edits_alert_id TEXT,
            depends_on     TEXT,
            attempts       INTEGER NOT NULL DEFAULT 0,
            due_at         TEXT NOT NULL,
            claimed_until  TEXT,
            claimed_by     TEXT,
            status         TEXT NOT NULL DEFAULT 'pending'
                           CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled', 'merged')),
            message_ref    TEXT,
            last_error     TEXT,
            delivered_at   TEXT
        );
        INSERT INTO outbox_v3 (id, key, platform, workspace, channel, document, alert_id, edits_alert_id, depends_on,
                               attempts, due_at, claimed_until, status, message_ref, last_error, delivered_at)
        SELECT id, key, platform, workspace, channel, document, alert_id, edits_alert_id, {RootKey},
               attempts, due_at, claimed_until, status, message_ref, last_error, delivered_at
        FROM outbox;
        DROP TABLE outbox;
        ALTER TABLE outbox_v3 RENAME TO outbox;
        CREATE INDEX ix_outbox_due ON outbox (status, due_at, id);
        CREATE INDEX ix_outbox_channel ON outbox (platform, workspace, channel, status);
        CREATE INDEX ix_outbox_alert ON outbox (alert_id, platform, workspace, channel);
        CREATE INDEX ix_outbox_claimed_by ON outbox (claimed_by) WHERE claimed_by IS NOT NULL;

        CREATE TABLE channel_pauses (
            platform  TEXT NOT NULL,
            workspace TEXT NOT NULL,
            channel   TEXT NOT NULL,
            until     TEXT NOT NULL,
            reason    TEXT NOT NULL,
            PRIMARY KEY (platform, workspace, channel)
        );
        """;

    public const string PostgresV4 = $"""
        ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_status_check;
        ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
            CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled', 'merged'));
        ALTER TABLE outbox ADD COLUMN depends_on text, ADD COLUMN claimed_by text;
        UPDATE outbox SET depends_on = {RootKey} WHERE edits_alert_id IS NOT NULL;
        CREATE INDEX ix_outbox_claimed_by ON outbox (claimed_by) WHERE claimed_by IS NOT NULL;

        CREATE TABLE channel_pauses (
            platform  text NOT NULL,
            workspace text NOT NULL,
            channel   text NOT NULL,
            until     timestamptz NOT NULL,
            reason    text NOT NULL,
            PRIMARY KEY (platform, workspace, channel)
        );
        """;
}
