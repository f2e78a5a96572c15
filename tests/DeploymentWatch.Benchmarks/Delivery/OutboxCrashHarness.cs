using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DeploymentWatch.TestKit.Postgres;
using DeploymentWatch.TestKit.Repository;
using Npgsql;

namespace DeploymentWatch.Benchmarks.Delivery;

/// <summary>
/// Fault injection: the real executable delivers a seeded outbox to the file channel and is killed with SIGKILL at a
/// random moment (0–200 ms after its first new line) again and again, on SQLite and on PostgreSQL; a last
/// `run --once` drains what is left. Every alert must be in the file exactly once. Mode "once" kills `run --once`
/// (fast restarts); mode "service" kills `run`, the scheduled service (on PostgreSQL each restart waits for Quartz
/// to recover the dead node's triggers: the harness sets a 1 s cluster check-in and failover so that takes seconds,
/// and the service pools its connections as configured in production).
/// Run: dotnet build -c Release src/DeploymentWatch &amp;&amp;
///      dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- outbox-crash [sqlite|postgres|both] [kills] [alerts] [seed] [once|service]
/// </summary>
internal static class OutboxCrashHarness
{
    public const string Command = "outbox-crash";
    private const int MaxKillDelayMs = 200;
    private static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.Length > 0 ? args[0] : "both";
        var kills = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
        var alerts = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5000;
        var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : Environment.TickCount & 0xFFFF;
        var once = args.Length <= 4 || args[4] != "service";
        var service = ServiceDll();
        Console.WriteLine($"outbox-crash: {kills} kills of `{(once ? "run --once" : "run")}`, {alerts} alerts, seed {seed}, service {service}");

        var passed = true;
        if (provider is "sqlite" or "both")
        {
            passed &= await RunOneAsync("sqlite", null, service, once, kills, alerts, seed);
        }

        if (provider is "postgres" or "both")
        {
            await using var server = await PostgresServer.StartAsync(NpgsqlFactory.Instance, CancellationToken.None);
            await using var database = await server.CreateDatabaseAsync(CancellationToken.None);
            passed &= await RunOneAsync("postgres", Pooled(database.ConnectionString), service, once, kills, alerts, seed);
        }

        Console.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }

    private static async Task<bool> RunOneAsync(string provider, string? postgres, string service, bool once, int targetKills, int alertCount, int seed)
    {
        using var workspace = CrashWorkspace.Create();
        var storage = postgres is null
            ? new Dictionary<string, string> { ["Storage__Provider"] = "sqlite", ["Storage__SqlitePath"] = Path.Combine(workspace.DataDirectory, "deploymentwatch.db") }
            : new Dictionary<string, string> { ["Storage__Provider"] = "postgres", ["Storage__PostgresConnectionString"] = postgres };
        var environment = new Dictionary<string, string>(storage)
        {
            ["Scheduling__Tick"] = "00:00:05",
            ["Scheduling__DeliveryTick"] = "00:00:01",
            ["Scheduling__ClusterCheckin"] = "00:00:01",
            ["Scheduling__ClusterFailover"] = "00:00:01",
            ["Delivery__ClaimLease"] = ClaimLease.ToString("c", CultureInfo.InvariantCulture),
            ["Delivery__MergeBacklog"] = "false",
            ["Channels__Console__AutoSubscribe"] = "false",
        };
        var expected = await CrashWorkspace.SeedAsync(storage, alertCount, CancellationToken.None);
        var log = Path.Combine(workspace.Root, "service.log");
        var random = new Random(seed);
        var stopwatch = Stopwatch.StartNew();
        int kills = 0, idleStarts = 0;
        var firstLines = new List<double>();
        string[] run = once
            ? ["run", "--once", "--config", workspace.ConfigDirectory, "--data", workspace.DataDirectory]
            : ["run", "--config", workspace.ConfigDirectory, "--data", workspace.DataDirectory, "--urls", "http://127.0.0.1:0"];
        while (kills < targetKills)
        {
            var before = workspace.OutputLength();
            using var process = ServiceProcess.Start(service, run, environment, log);
            var started = Stopwatch.StartNew();
            while (workspace.OutputLength() == before && !process.HasExited && started.Elapsed < StartTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System, CancellationToken.None);
            }

            if (process.HasExited && (!once || process.ExitCode != 0))
            {
                Console.WriteLine($"{provider}: the service exited with {process.ExitCode}; see the log:\n{Tail(log)}");
                return false;
            }

            if (workspace.OutputLength() != before)
            {
                firstLines.Add(started.Elapsed.TotalSeconds);
            }

            if (workspace.OutputLength() == before)
            {
                // Nothing was left to deliver (or everything left was still leased by the killed process).
                process.KillHard();
                idleStarts++;
                if (Delivered(workspace).Keys.Count >= expected.Count || idleStarts > 3)
                {
                    break;
                }

                continue;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, MaxKillDelayMs + 1)), TimeProvider.System, CancellationToken.None);
            var wasRunning = !process.HasExited;
            process.KillHard();
            if (wasRunning)
            {
                kills++;
            }
            else if (Delivered(workspace).Keys.Count >= expected.Count)
            {
                // It finished everything before the kill: too few alerts for this many kills.
                break;
            }
        }

        var killedAt = Delivered(workspace);
        await Task.Delay(ClaimLease + TimeSpan.FromSeconds(1), TimeProvider.System, CancellationToken.None);
        using (var drain = ServiceProcess.Start(service, ["run", "--once", "--config", workspace.ConfigDirectory, "--data", workspace.DataDirectory], environment, log))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            await drain.WaitForExitAsync(timeout.Token);
        }

        var final = Delivered(workspace);
        var present = final.Keys.ToHashSet(StringComparer.Ordinal);
        var lost = expected.Count(k => !present.Contains(k));
        var duplicates = final.Keys.Count - present.Count;
        Console.WriteLine(
            $"{provider}: {kills} kills during delivery ({idleStarts} idle starts), {killedAt.Keys.Count} lines delivered before the drain, " +
            $"{final.Keys.Count} after; {alertCount} alerts, {lost} lost, {duplicates} delivered twice, {final.TornLines} torn lines; " +
            $"{stopwatch.Elapsed.TotalSeconds:0} s; start to first new line median {Median(firstLines):0.0} s, max {(firstLines.Count == 0 ? 0 : firstLines.Max()):0.0} s");
        return lost == 0 && duplicates == 0 && kills >= Math.Min(targetKills, 20);
    }

    /// <summary>The keys of the lines in the file channel's output; a line cut short by a kill has none.</summary>
    private static (List<string> Keys, int TornLines) Delivered(CrashWorkspace workspace)
    {
        var keys = new List<string>();
        var torn = 0;
        if (!File.Exists(workspace.OutputFile))
        {
            return (keys, 0);
        }

        using var stream = new FileStream(workspace.OutputFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                keys.Add(json.RootElement.GetProperty("key").GetString()!);
            }
            catch (JsonException)
            {
                torn++;
            }
        }

        return (keys, torn);
    }

    internal static string ServiceDll()
    {
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var path = Path.Combine(RepositoryPaths.Root, "src", "DeploymentWatch", "bin", configuration, "net10.0", "deploymentwatch.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("Build the service first: dotnet build -c Release src/DeploymentWatch");
    }

    private static double Median(List<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    /// <summary>
    /// The test fixture's connection strings turn pooling off (so dropping a test database finds no idle
    /// connections); the service is run as deployed, with Npgsql's pool, or every query would start a backend.
    /// </summary>
    private static string Pooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = true }.ConnectionString;

    private static string Tail(string path) =>
        File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(20)) : "(no log)";
}
