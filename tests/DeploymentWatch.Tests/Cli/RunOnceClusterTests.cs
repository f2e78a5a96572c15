using DeploymentWatch.TestKit.Postgres;
using DeploymentWatch.TestKit.Repository;
using DeploymentWatch.TestKit.SystemServices;
using Npgsql;

namespace DeploymentWatch.Tests.Cli;

/// <summary>
/// Two `run --once` processes started together on one PostgreSQL database, with the same feeds (four feeds over the
/// seed articles, so every story is carried four times): the feed claims keep them from taking in a feed twice and
/// the planning lock from opening a story twice, whichever process gets there first.
/// </summary>
[RequiresSystemService(SystemService.PostgreSql)]
public sealed class RunOnceClusterTests
{
    private const int Feeds = 4;

    [Fact]
    public async Task RunOnce_TwoProcessesTogetherOnOnePostgres_AlertEachFeedItemOnceAndPostEachStoryOnce()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var server = await PostgresServer.StartAsync(NpgsqlFactory.Instance, guard.Token);
        await using var database = await server.CreateDatabaseAsync(guard.Token);
        using var cli = new CliProcess();
        File.WriteAllText(Path.Combine(cli.ConfigDirectory, "feeds.yaml"), "feeds:\n" + string.Concat(
            Enumerable.Range(0, Feeds).Select(n => $"  - id: seeds-{n}\n    source: {RepositoryPaths.Seeds}\n    outlet: Outlet {n}\n")));
        var environment = new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "postgres",
            ["Storage__PostgresConnectionString"] = database.ConnectionString,
        };

        var runs = Enumerable.Range(0, 2).Select(n => RunOnceAsync(cli, "data-" + n, environment, guard.Token)).ToArray();
        var outputs = await Task.WhenAll(runs);

        Assert.All(outputs, o => Assert.Equal(0, o.ExitCode));
        var (alerts, feedItems, stories) = await CountAlertsAsync(database.ConnectionString, guard.Token);
        Assert.Equal(5 * Feeds, alerts);
        Assert.Equal(alerts, feedItems);
        Assert.Equal(3, stories);
        // Each story's first alert reaches the console once, from one process or the other; the rest are its updates.
        var lines = outputs.SelectMany(o => o.Out.Split('\n')).ToArray();
        Assert.Equal(3, lines.Count(l => l.StartsWith("■ ", StringComparison.Ordinal) && !l.StartsWith("■ (update)", StringComparison.Ordinal)));
        Assert.Equal(5 * Feeds, outputs.Sum(o => NewItems(o.Out)));
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunOnceAsync(
        CliProcess cli, string data, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        using var process = CliProcess.Start(
            ["run", "--once", "--config", cli.ConfigDirectory, "--data", Path.Combine(cli.Root, data)], out _, environment);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static async Task<(int Alerts, int FeedItems, int Stories)> CountAlertsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*), COUNT(DISTINCT (feed_id, payload->>'itemId')), COUNT(*) FILTER (WHERE payload->>'storyId' IS NULL) FROM alerts",
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2));
    }

    // "run --once: 4 feeds polled, 0 failed, 20 new items, …"
    private static int NewItems(string output)
    {
        var summary = output.Split('\n').Single(l => l.StartsWith("run --once:", StringComparison.Ordinal));
        var words = summary.Split(' ');
        return int.Parse(words[Array.IndexOf(words, "new") - 1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
