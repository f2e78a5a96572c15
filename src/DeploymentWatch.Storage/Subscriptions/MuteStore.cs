using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Subscriptions;

/// <summary>
/// Mutes keyed by channel and topic_key: the topic lower-cased (topics match ignoring case, as Mute.Covers does),
/// or '' for a mute of every topic, so that "all topics" has a key that equals itself and can be replaced.
/// </summary>
internal sealed class MuteStore(StorageDatabase database) : IMuteStore
{
    private const string AllTopicsKey = "";

    private const string UpsertSql = """
        INSERT INTO mutes (platform, workspace, channel, topic_key, topic, until)
        VALUES (@platform, @workspace, @channel, @topic_key, @topic, @until)
        ON CONFLICT (platform, workspace, channel, topic_key) DO UPDATE SET topic = excluded.topic, until = excluded.until
        """;

    private const string DeleteOneSql = """
        DELETE FROM mutes
        WHERE platform = @platform AND workspace = @workspace AND channel = @channel AND topic_key = @topic_key
        """;

    private const string DeleteAllSql = """
        DELETE FROM mutes WHERE platform = @platform AND workspace = @workspace AND channel = @channel
        """;

    private const string ActiveSql = """
        SELECT platform, workspace, channel, topic, until FROM mutes
        WHERE (until IS NULL OR until > @now)
        ORDER BY platform, workspace, channel, topic_key
        """;

    private const string ActiveForChannelSql = """
        SELECT platform, workspace, channel, topic, until FROM mutes
        WHERE platform = @platform AND workspace = @workspace AND channel = @channel AND (until IS NULL OR until > @now)
        ORDER BY topic_key
        """;

    public async Task AddAsync(Mute mute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mute);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, UpsertSql)
            .Channel(mute.Channel)
            .Text("@topic_key", TopicKey(mute.Topic))
            .Text("@topic", mute.Topic)
            .Time("@until", mute.Until);
        await command.ExecuteAsync(cancellationToken);
    }

    public async Task<int> RemoveAsync(ChannelAddress channel, string? topic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = topic is null
            ? database.Command(connection, null, DeleteAllSql).Channel(channel)
            : database.Command(connection, null, DeleteOneSql).Channel(channel).Text("@topic_key", TopicKey(topic));
        return await command.ExecuteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Mute>> ListActiveAsync(ChannelAddress? channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = channel is null
            ? database.Command(connection, null, ActiveSql)
            : database.Command(connection, null, ActiveForChannelSql).Channel(channel);
        command.Time("@now", now);
        return await command.ListAsync(Read, cancellationToken);
    }

    private static string TopicKey(string? topic) => topic is null ? AllTopicsKey : topic.ToLowerInvariant();

    private static Mute Read(StorageRow row) => new(
        new ChannelAddress(row.Text("platform"), row.Text("workspace"), row.Text("channel")),
        row.NullableText("topic"),
        row.NullableTime("until"));
}
