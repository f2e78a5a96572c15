using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>
/// Bytes the per-feed state takes in a SQLite file: each table of <see cref="PerFeedTables"/> copied with its indexes
/// into a file of its own and vacuumed (the bundled SQLite has no dbstat table to ask), and the whole file vacuumed.
/// </summary>
internal sealed class SqliteState(IReadOnlyDictionary<string, long> bytes, IReadOnlyDictionary<string, long> rows, long fileBytes)
{
    /// <summary>The state kept per feed: its row, and the seen keys of its items.</summary>
    private static readonly string[] PerFeedTables = ["feed_state", "seen_keys"];

    public static async Task<SqliteState> MeasureAsync(string path)
    {
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "VACUUM");
        }

        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in PerFeedTables)
        {
            (sizes[table], counts[table]) = await CopySizeAsync(path, table);
        }

        return new SqliteState(sizes, counts, new FileInfo(path).Length);
    }

    // The table's own schema (table and indexes) in an empty file, its rows copied, vacuumed: what the table costs.
    private static async Task<(long Bytes, long Rows)> CopySizeAsync(string path, string table)
    {
        var copy = path + "." + table;
        File.Delete(copy);
        long rows;
        await using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            await connection.OpenAsync();
            await using (var attach = connection.CreateCommand())
            {
                attach.CommandText = "ATTACH DATABASE @path AS src";
                attach.Parameters.AddWithValue("@path", path);
                await attach.ExecuteNonQueryAsync();
            }

            var schema = new List<string>();
            await using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT sql FROM src.sqlite_master WHERE tbl_name = @table AND sql IS NOT NULL ORDER BY type DESC";
                read.Parameters.AddWithValue("@table", table);
                await using var reader = await read.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    schema.Add(reader.GetString(0));
                }
            }

            foreach (var sql in schema)
            {
                await ExecuteAsync(connection, sql);
            }

            // Table names are the constants above, never input.
            await ExecuteAsync(connection, $"INSERT INTO main.{table} SELECT * FROM src.{table}");
            await using (var count = connection.CreateCommand())
            {
                count.CommandText = $"SELECT COUNT(*) FROM main.{table}";
                rows = (long)(await count.ExecuteScalarAsync() ?? 0L);
            }

            await ExecuteAsync(connection, "DETACH DATABASE src");
            await ExecuteAsync(connection, "VACUUM");
        }

        var bytes = new FileInfo(copy).Length;
        File.Delete(copy);
        return (bytes, rows);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
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
        text.Append(CultureInfo.InvariantCulture, $"state per feed (feed_state + seen_keys with their indexes): {PerFeedBytes(feeds)} bytes; whole file {fileBytes / 1024} KB = {fileBytes / feeds} bytes per feed\n");
        foreach (var table in PerFeedTables)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {table}: {bytes[table] / 1024} KB, {rows[table]} rows = {rows[table] / (double)feeds:0.0} per feed\n");
        }

        return text.ToString().TrimEnd();
    }
}
