using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>Bytes each table and its indexes take in a SQLite file (the dbstat table), after a VACUUM.</summary>
internal sealed class SqliteState(IReadOnlyDictionary<string, long> bytes, long fileBytes)
{
    /// <summary>The state kept per feed: its row, and the seen keys of its items.</summary>
    private static readonly string[] PerFeedTables = ["feed_state", "sqlite_autoindex_feed_state_1", "ix_feed_state_due", "seen_keys"];

    public static async Task<SqliteState> MeasureAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using (var vacuum = connection.CreateCommand())
        {
            vacuum.CommandText = "VACUUM";
            await vacuum.ExecuteNonQueryAsync();
        }

        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sizes[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        return new SqliteState(sizes, new FileInfo(path).Length);
    }

    /// <summary>Pending outbox rows by their last error ("due" when never tried), for a run that did not deliver everything.</summary>
    public static async Task<string> PendingReasonsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(last_error, 'due'), COUNT(*), MIN(due_at), MAX(attempts) FROM outbox WHERE status = 'pending' GROUP BY 1 ORDER BY 2 DESC LIMIT 5";
        await using var reader = await command.ExecuteReaderAsync();
        var text = new StringBuilder();
        while (await reader.ReadAsync())
        {
            text.Append(CultureInfo.InvariantCulture, $"  pending: {reader.GetInt64(1)} × \"{reader.GetString(0)}\" (first due {reader.GetString(2)}, attempts up to {reader.GetInt64(3)})\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Alerts delivered more than once to one channel (an alert has one outbox entry per channel, post or edit).</summary>
    public static async Task<long> DeliveredTwiceAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM (
                SELECT 1 FROM outbox WHERE status = 'delivered' AND alert_id IS NOT NULL
                GROUP BY alert_id, platform, workspace, channel HAVING COUNT(*) > 1)
            """;
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    /// <summary>
    /// When the first message was delivered (delivered_at, written from the system clock): a delivery round lasts
    /// as long as entries keep coming, so its end says nothing about when its first message went out.
    /// </summary>
    public static async Task<DateTimeOffset?> FirstDeliveredAtAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MIN(delivered_at) FROM outbox WHERE status = 'delivered'";
        return await command.ExecuteScalarAsync() is string text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
            : null;
    }

    public long PerFeedBytes(int feeds) => PerFeedTables.Sum(t => bytes.GetValueOrDefault(t)) / feeds;

    public string Describe(int feeds)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"state per feed (feed_state + seen_keys with indexes): {PerFeedBytes(feeds)} bytes; whole file {fileBytes / 1024} KB = {fileBytes / feeds} bytes per feed\n");
        foreach (var (name, size) in bytes.OrderByDescending(b => b.Value).Take(8))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {name}: {size / 1024} KB\n");
        }

        return text.ToString().TrimEnd();
    }
}
