using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Polling;

/// <summary>
/// Seen items, deduplicated by the database's two unique constraints so that two instances racing on the same item
/// cannot both win. A blank title key is stored as NULL: untitled items are then known by id only, instead of the
/// first untitled item hiding every later one.
/// </summary>
internal sealed class SeenItemStore(StorageDatabase database) : ISeenItemStore
{
    private const string ExistsSql = """
        SELECT 1 FROM seen_items
        WHERE feed_id = @feed_id AND (item_id = @item_id OR title_key = @title_key)
        LIMIT 1
        """;

    // ON CONFLICT DO NOTHING without a target covers both unique constraints, in one atomic statement on both engines.
    private const string InsertSql = """
        INSERT INTO seen_items (feed_id, item_id, title_key, seen_at)
        VALUES (@feed_id, @item_id, @title_key, @seen_at)
        ON CONFLICT DO NOTHING
        """;

    public async Task<bool> IsSeenAsync(string feedId, string itemId, string titleKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, ExistsSql)
            .Text("@feed_id", feedId)
            .Text("@item_id", itemId)
            .Text("@title_key", KeyOrNull(titleKey));
        return await command.ExistsAsync(cancellationToken);
    }

    public async Task<bool> TryMarkSeenAsync(
        string feedId, string itemId, string titleKey, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, InsertSql)
            .Text("@feed_id", feedId)
            .Text("@item_id", itemId)
            .Text("@title_key", KeyOrNull(titleKey))
            .Time("@seen_at", seenAt);
        return await command.ExecuteAsync(cancellationToken) == 1;
    }

    private static string? KeyOrNull(string? titleKey) => string.IsNullOrWhiteSpace(titleKey) ? null : titleKey;
}
