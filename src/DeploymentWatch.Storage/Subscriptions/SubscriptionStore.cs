using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Subscriptions;

/// <summary>One row per channel; the topic set is a JSON array (sorted, so equal sets store equal text).</summary>
internal sealed class SubscriptionStore(StorageDatabase database) : ISubscriptionStore
{
    private const string Columns = "platform, workspace, channel, topics, mode, digest_hour, created_at, disabled_reason";

    private const string SelectSql = $"""
        SELECT {Columns} FROM subscriptions WHERE platform = @platform AND workspace = @workspace AND channel = @channel
        """;

    private const string UpsertSql = """
        INSERT INTO subscriptions (platform, workspace, channel, topics, mode, digest_hour, created_at, disabled_reason)
        VALUES (@platform, @workspace, @channel, @topics, @mode, @digest_hour, @created_at, @disabled_reason)
        ON CONFLICT (platform, workspace, channel) DO UPDATE SET
            topics = excluded.topics,
            mode = excluded.mode,
            digest_hour = excluded.digest_hour,
            created_at = excluded.created_at,
            disabled_reason = excluded.disabled_reason
        """;

    private const string DeleteSql = """
        DELETE FROM subscriptions WHERE platform = @platform AND workspace = @workspace AND channel = @channel
        """;

    private const string ListActiveSql = $"""
        SELECT {Columns} FROM subscriptions WHERE disabled_reason IS NULL ORDER BY platform, workspace, channel
        """;

    private const string DisableSql = """
        UPDATE subscriptions SET disabled_reason = @reason
        WHERE platform = @platform AND workspace = @workspace AND channel = @channel
        """;

    public async Task<Subscription?> GetAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, SelectSql).Channel(channel);
        return await command.FirstOrDefaultAsync(Read, cancellationToken);
    }

    public async Task UpsertAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var topics = subscription.Topics.Order(StringComparer.Ordinal).ToArray();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, UpsertSql)
            .Channel(subscription.Channel)
            .Json("@topics", StorageJson.Serialize(topics))
            .Text("@mode", subscription.Mode == DeliveryMode.Daily ? "daily" : "realtime")
            .Int32("@digest_hour", subscription.DigestHour)
            .Time("@created_at", subscription.CreatedAt)
            .Text("@disabled_reason", subscription.DisabledReason);
        await command.ExecuteAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, DeleteSql).Channel(channel);
        return await command.ExecuteAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, ListActiveSql);
        return await command.ListAsync(Read, cancellationToken);
    }

    public async Task DisableAsync(ChannelAddress channel, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, DisableSql).Channel(channel).Text("@reason", reason);
        await command.ExecuteAsync(cancellationToken);
    }

    // Topic ids compare like Mute.Covers does: ordinal, ignoring case.
    private static Subscription Read(StorageRow row) => new(
        new ChannelAddress(row.Text("platform"), row.Text("workspace"), row.Text("channel")),
        new HashSet<string>(StorageJson.Deserialize<string[]>(row.Text("topics")), StringComparer.OrdinalIgnoreCase),
        row.Text("mode") == "daily" ? DeliveryMode.Daily : DeliveryMode.Realtime,
        row.Int32("digest_hour"),
        row.Time("created_at"),
        row.NullableText("disabled_reason"));
}
