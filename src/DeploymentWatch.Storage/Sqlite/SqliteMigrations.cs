using DeploymentWatch.Storage.Migrations;

namespace DeploymentWatch.Storage.Sqlite;

/// <summary>
/// The SQLite schema, one constant script per version. Times are UTC ISO-8601 text (see <see cref="SqliteDatabase"/>),
/// JSON is text. Never edit a released script: add the next version.
/// </summary>
internal static class SqliteMigrations
{
    public const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at  TEXT NOT NULL
        );
        """;

    private const string V1Core = """
        CREATE TABLE feed_state (
            feed_id              TEXT PRIMARY KEY,
            etag                 TEXT,
            last_modified        TEXT,
            body_hash            TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_attempt_at      TEXT,
            last_polled_at       TEXT,
            last_error           TEXT
        );

        -- title_key is NULL for items without a usable title; NULLs never collide in a UNIQUE index.
        CREATE TABLE seen_items (
            feed_id   TEXT NOT NULL,
            item_id   TEXT NOT NULL,
            title_key TEXT,
            seen_at   TEXT NOT NULL,
            UNIQUE (feed_id, item_id),
            UNIQUE (feed_id, title_key)
        );

        CREATE TABLE alerts (
            id         TEXT PRIMARY KEY,
            feed_id    TEXT NOT NULL,
            created_at TEXT NOT NULL,
            payload    TEXT NOT NULL
        );
        CREATE INDEX ix_alerts_created_at ON alerts (created_at);

        CREATE TABLE alert_topics (
            alert_id TEXT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
            topic    TEXT NOT NULL,
            PRIMARY KEY (alert_id, topic)
        );
        CREATE INDEX ix_alert_topics_topic ON alert_topics (topic, alert_id);

        CREATE TABLE figures (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            alert_id      TEXT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
            source        TEXT NOT NULL,
            metric        TEXT NOT NULL,
            low           INTEGER NOT NULL,
            high          INTEGER NOT NULL,
            qualifier     TEXT NOT NULL,
            reported_at   TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            article_title TEXT NOT NULL,
            link          TEXT,
            outlet        TEXT,
            sentence      TEXT NOT NULL
        );
        CREATE INDEX ix_figures_metric_source ON figures (metric, source, reported_at);
        CREATE INDEX ix_figures_alert ON figures (alert_id);

        -- AUTOINCREMENT: an id is never reused, so a late report about a deleted entry cannot hit a new one.
        CREATE TABLE outbox (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            key            TEXT NOT NULL UNIQUE,
            platform       TEXT NOT NULL,
            workspace      TEXT NOT NULL,
            channel        TEXT NOT NULL,
            document       TEXT NOT NULL,
            alert_id       TEXT,
            edits_alert_id TEXT,
            attempts       INTEGER NOT NULL DEFAULT 0,
            due_at         TEXT NOT NULL,
            claimed_until  TEXT,
            status         TEXT NOT NULL DEFAULT 'pending'
                           CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
            message_ref    TEXT,
            last_error     TEXT,
            delivered_at   TEXT
        );
        CREATE INDEX ix_outbox_due ON outbox (status, due_at, id);
        CREATE INDEX ix_outbox_channel ON outbox (platform, workspace, channel, status);
        CREATE INDEX ix_outbox_alert ON outbox (alert_id, platform, workspace, channel);

        CREATE TABLE subscriptions (
            platform        TEXT NOT NULL,
            workspace       TEXT NOT NULL,
            channel         TEXT NOT NULL,
            topics          TEXT NOT NULL,
            mode            TEXT NOT NULL,
            digest_hour     INTEGER NOT NULL,
            created_at      TEXT NOT NULL,
            disabled_reason TEXT,
            PRIMARY KEY (platform, workspace, channel)
        );

        -- topic_key is the lower-cased topic, or '' for "every topic": a NOT NULL key, so the primary key treats
        -- two all-topic mutes of a channel as the same mute (a NULL topic would never be equal to another NULL).
        CREATE TABLE mutes (
            platform  TEXT NOT NULL,
            workspace TEXT NOT NULL,
            channel   TEXT NOT NULL,
            topic_key TEXT NOT NULL,
            topic     TEXT,
            until     TEXT,
            PRIMARY KEY (platform, workspace, channel, topic_key)
        );
        """;

    private const string V2FigureSpeaker = """
        ALTER TABLE figures ADD COLUMN speaker TEXT;
        """;

    // seen_keys: the key is the rowid (INTEGER PRIMARY KEY), seen_at is Unix seconds: about 40 bytes an item instead
    // of 280. dw_seen_key is the SeenKey hash, registered on the migration connection (SqliteDatabase).
    private const string V4ClaimsAndSeenKeys = """
        ALTER TABLE feed_state ADD COLUMN claimed_until TEXT;
        ALTER TABLE feed_state ADD COLUMN claimed_by TEXT;
        CREATE INDEX ix_feed_state_due ON feed_state (next_attempt_at);

        CREATE TABLE seen_keys (
            key     INTEGER PRIMARY KEY,
            seen_at INTEGER NOT NULL
        );
        INSERT OR IGNORE INTO seen_keys (key, seen_at)
            SELECT dw_seen_key('i', feed_id, item_id), CAST(strftime('%s', substr(seen_at, 1, 19)) AS INTEGER) FROM seen_items;
        INSERT OR IGNORE INTO seen_keys (key, seen_at)
            SELECT dw_seen_key('t', feed_id, title_key), CAST(strftime('%s', substr(seen_at, 1, 19)) AS INTEGER)
            FROM seen_items WHERE title_key IS NOT NULL;
        DROP TABLE seen_items;

        CREATE INDEX ix_outbox_finished ON outbox (delivered_at) WHERE status <> 'pending';
        """;

    // Seen items are keys without their feed since v4, so the web overview reads the feed's last new item here.
    private const string V5LastNewItem = "ALTER TABLE feed_state ADD COLUMN last_new_item_at TEXT;";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "feed state, seen items, alerts, figures, outbox, subscriptions, mutes", V1Core),
        new(2, "figures.speaker: the named person who gave a figure for its source", V2FigureSpeaker),
        new(3, Delivery.OutboxMigrations.Description, Delivery.OutboxMigrations.SqliteV3),
        new(4, "feed claims with a lease; seen items as 8-byte keys; indexes for pruning", V4ClaimsAndSeenKeys),
        new(5, "feed_state.last_new_item_at: when a feed last brought an item not seen before", V5LastNewItem),
    ];
}
