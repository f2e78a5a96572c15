using DeploymentWatch.Storage.Migrations;

namespace DeploymentWatch.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, one constant script per version: the same tables as SQLite with native types
/// (timestamptz, jsonb, identity ids), then the Quartz.NET job store. Never edit a released script: add the next version.
/// </summary>
internal static class PostgresMigrations
{
    public const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     integer PRIMARY KEY,
            description text NOT NULL,
            applied_at  timestamptz NOT NULL
        );
        """;

    private const string V1Core = """
        CREATE TABLE feed_state (
            feed_id              text PRIMARY KEY,
            etag                 text,
            last_modified        text,
            body_hash            text,
            consecutive_failures integer NOT NULL DEFAULT 0,
            next_attempt_at      timestamptz,
            last_polled_at       timestamptz,
            last_error           text
        );

        -- title_key is NULL for items without a usable title; NULLs never collide in a UNIQUE constraint.
        CREATE TABLE seen_items (
            feed_id   text NOT NULL,
            item_id   text NOT NULL,
            title_key text,
            seen_at   timestamptz NOT NULL,
            UNIQUE (feed_id, item_id),
            UNIQUE (feed_id, title_key)
        );

        CREATE TABLE alerts (
            id         text PRIMARY KEY,
            feed_id    text NOT NULL,
            created_at timestamptz NOT NULL,
            payload    jsonb NOT NULL
        );
        CREATE INDEX ix_alerts_created_at ON alerts (created_at);

        -- A side table rather than a text[] column, so the topic query is the same SQL on both engines.
        CREATE TABLE alert_topics (
            alert_id text NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
            topic    text NOT NULL,
            PRIMARY KEY (alert_id, topic)
        );
        CREATE INDEX ix_alert_topics_topic ON alert_topics (topic, alert_id);

        CREATE TABLE figures (
            id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            alert_id      text NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
            source        text NOT NULL,
            metric        text NOT NULL,
            low           bigint NOT NULL,
            high          bigint NOT NULL,
            qualifier     text NOT NULL,
            reported_at   timestamptz NOT NULL,
            created_at    timestamptz NOT NULL,
            article_title text NOT NULL,
            link          text,
            outlet        text,
            sentence      text NOT NULL
        );
        CREATE INDEX ix_figures_metric_source ON figures (metric, source, reported_at);
        CREATE INDEX ix_figures_alert ON figures (alert_id);

        CREATE TABLE outbox (
            id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            key            text NOT NULL UNIQUE,
            platform       text NOT NULL,
            workspace      text NOT NULL,
            channel        text NOT NULL,
            document       jsonb NOT NULL,
            alert_id       text,
            edits_alert_id text,
            attempts       integer NOT NULL DEFAULT 0,
            due_at         timestamptz NOT NULL,
            claimed_until  timestamptz,
            status         text NOT NULL DEFAULT 'pending'
                           CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
            message_ref    text,
            last_error     text,
            delivered_at   timestamptz
        );
        CREATE INDEX ix_outbox_due ON outbox (status, due_at, id);
        CREATE INDEX ix_outbox_channel ON outbox (platform, workspace, channel, status);
        CREATE INDEX ix_outbox_alert ON outbox (alert_id, platform, workspace, channel);

        CREATE TABLE subscriptions (
            platform        text NOT NULL,
            workspace       text NOT NULL,
            channel         text NOT NULL,
            topics          jsonb NOT NULL,
            mode            text NOT NULL,
            digest_hour     integer NOT NULL,
            created_at      timestamptz NOT NULL,
            disabled_reason text,
            PRIMARY KEY (platform, workspace, channel)
        );

        -- topic_key: the lower-cased topic, or '' for "every topic" (see the SQLite script for why not a NULL key).
        CREATE TABLE mutes (
            platform  text NOT NULL,
            workspace text NOT NULL,
            channel   text NOT NULL,
            topic_key text NOT NULL,
            topic     text,
            until     timestamptz,
            PRIMARY KEY (platform, workspace, channel, topic_key)
        );
        """;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "feed state, seen items, alerts, figures, outbox, subscriptions, mutes", V1Core),
        new(2, "Quartz.NET 4.7 ADO job store (qrtz_*)", PostgresQuartzSchema.Sql),
        new(3, "figures.speaker: the named person who gave a figure for its source", V3FigureSpeaker),
        new(4, Delivery.OutboxMigrations.Description, Delivery.OutboxMigrations.PostgresV4),
        new(5, "feed claims with a lease; seen items as 8-byte keys; indexes for pruning", V5ClaimsAndSeenKeys),
        new(6, "feed_state.last_new_item_at: when a feed last brought an item not seen before", V6LastNewItem),
    ];

    // The key is SeenKey's hash (first 8 bytes of SHA-256 of "kind\nfeed\nvalue", big-endian), computed here for
    // the rows seen_items held.
    private const string V5ClaimsAndSeenKeys = """
        ALTER TABLE feed_state ADD COLUMN IF NOT EXISTS claimed_until timestamptz;
        ALTER TABLE feed_state ADD COLUMN IF NOT EXISTS claimed_by text;
        CREATE INDEX IF NOT EXISTS ix_feed_state_due ON feed_state (next_attempt_at);

        CREATE TABLE seen_keys (
            key     bigint PRIMARY KEY,
            seen_at timestamptz NOT NULL
        );
        INSERT INTO seen_keys (key, seen_at)
            SELECT ('x' || left(encode(sha256(convert_to('i' || chr(10) || feed_id || chr(10) || item_id, 'UTF8')), 'hex'), 16))::bit(64)::bigint, max(seen_at)
            FROM seen_items GROUP BY 1
            ON CONFLICT DO NOTHING;
        INSERT INTO seen_keys (key, seen_at)
            SELECT ('x' || left(encode(sha256(convert_to('t' || chr(10) || feed_id || chr(10) || title_key, 'UTF8')), 'hex'), 16))::bit(64)::bigint, max(seen_at)
            FROM seen_items WHERE title_key IS NOT NULL GROUP BY 1
            ON CONFLICT DO NOTHING;
        DROP TABLE seen_items;

        CREATE INDEX IF NOT EXISTS ix_outbox_finished ON outbox (delivered_at) WHERE status <> 'pending';
        """;

    // Seen items are keys without their feed since v5, so the web overview reads the feed's last new item here.
    private const string V6LastNewItem = "ALTER TABLE feed_state ADD COLUMN IF NOT EXISTS last_new_item_at timestamptz;";

    private const string V3FigureSpeaker = """
        ALTER TABLE figures ADD COLUMN IF NOT EXISTS speaker TEXT;
        """;
}
