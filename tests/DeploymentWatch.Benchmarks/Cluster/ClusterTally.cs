using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace DeploymentWatch.Benchmarks.Cluster;

/// <summary>
/// What several instances did to one PostgreSQL database and their file channels, counted from outside: alerts per
/// feed item, distinct story roots per farm story (the farm writes the story's number into every title), outbox rows
/// by status, and the lines of every instance's alerts.jsonl (a key in two lines, or in two instances' files, is a
/// message delivered twice).
/// </summary>
internal sealed partial record ClusterTally(
    int Alerts,
    int ItemsAlertedTwice,
    int Stories,
    int StoriesOpenedTwice,
    int AlertsOutsideAnyStory,
    IReadOnlyDictionary<string, int> Outbox,
    int Lines,
    int LinesTwice,
    int TornLines,
    int RootPosts,
    int StoriesPostedTwice,
    int PostsLost)
{
    public int Pending => Outbox.GetValueOrDefault("pending");

    public static async Task<ClusterTally> CountAsync(string connectionString, IEnumerable<string> outputFiles)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var alerts = new List<(string FeedId, string ItemId, string Title, string Root)>();
        await using (var command = new NpgsqlCommand(
            "SELECT feed_id, payload->>'itemId', payload->>'title', COALESCE(payload->>'storyId', id) FROM alerts", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                alerts.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var outbox = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT status, COUNT(*) FROM outbox GROUP BY status", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                outbox[reader.GetString(0)] = (int)reader.GetInt64(1);
            }
        }

        // Posts (not edits) the outbox marked delivered: each must be a line in some instance's file. An edit's line
        // is keyed by its content, so two edits that read the same are written once; they are counted from the outbox.
        var posted = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT key FROM outbox WHERE status = 'delivered' AND edits_alert_id IS NULL", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                posted.Add(reader.GetString(0));
            }
        }

        var byStory = alerts.GroupBy(a => StoryOf(a.Title)).ToArray();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var rootPosts = new Dictionary<int, int>();
        var lines = 0;
        var torn = 0;
        foreach (var file in outputFiles.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(file))
            {
                try
                {
                    using var json = JsonDocument.Parse(line);
                    var key = json.RootElement.GetProperty("key").GetString()!;
                    lines++;
                    keys[key] = keys.GetValueOrDefault(key) + 1;
                    if (!key.Contains("|edit|", StringComparison.Ordinal))
                    {
                        var story = StoryOf(json.RootElement.GetProperty("title").GetString()!);
                        rootPosts[story] = rootPosts.GetValueOrDefault(story) + 1;
                    }
                }
                catch (JsonException)
                {
                    torn++;
                }
            }
        }

        return new ClusterTally(
            alerts.Count,
            alerts.GroupBy(a => (a.FeedId, a.ItemId)).Count(g => g.Count() > 1),
            byStory.Length,
            byStory.Count(s => s.Select(a => a.Root).Distinct(StringComparer.Ordinal).Count() > 1),
            byStory.Where(s => s.Key < 0).Sum(s => s.Count()),
            outbox,
            lines,
            keys.Count(k => k.Value > 1),
            torn,
            rootPosts.Values.Sum(),
            rootPosts.Count(p => p.Value > 1),
            posted.Count(k => !keys.ContainsKey(k)));
    }

    public override string ToString() =>
        $"{Alerts} alerts ({ItemsAlertedTwice} feed items alerted twice) in {Stories} farm stories ({StoriesOpenedTwice} opened twice); " +
        $"outbox {string.Join(", ", Outbox.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}"))}; " +
        $"file channel {Lines} lines ({LinesTwice} delivered twice, {TornLines} torn), {RootPosts} story posts ({StoriesPostedTwice} stories posted twice), {PostsLost} delivered posts missing";

    /// <summary>The farm story a title belongs to ("… (123) – 2"), or -1 for a title the farm did not write.</summary>
    private static int StoryOf(string title) =>
        StoryNumber().Match(title) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex StoryNumber();
}
