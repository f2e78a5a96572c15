using System.Globalization;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Benchmarks.Delivery;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage;
using DeploymentWatch.TestKit.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeploymentWatch.Benchmarks.Cluster;

/// <summary>
/// Several real `deploymentwatch` processes on one PostgreSQL database (the TestKit's private server), reading one
/// loopback feed farm and delivering to the file channel (each to its own data folder, as separate machines would).
/// <list type="bullet">
/// <item><c>cluster-load [instances] [feeds] [minutes]</c>: that many `run` services for that long; every 30 s each
/// feed lists 2 new on-topic items (its 10 latest are listed), each story carried by 4 feeds; feeds are due every
/// minute. Counts polls of one feed less than its interval apart (at the farm), feed items alerted twice, stories
/// opened twice (distinct roots per farm story, in the database and in the delivered posts), entries delivered twice.</item>
/// <item><c>cluster-hosts [instances] [feeds] [minutes]</c>: the same load on instances in this process (see
/// <see cref="ClusterHost"/>) that poll every 5 s and deliver every second with no scheduler between them, so their
/// polls and deliveries overlap (clustered Quartz runs each job on one node at a time): the claims alone must hold.</item>
/// <item><c>cluster-once [processes] [feeds] [items]</c>: that many `run --once` started together on feeds that all
/// carry the same stories (feed f lists copy f of stories 0 … items-1): each feed item alerted once, one story per
/// story, nothing delivered twice; a last `run --once` then drains what is left.</item>
/// </list>
/// One instance (<c>cluster-load 1</c>, <c>cluster-once 1</c>) is the baseline: what the story matcher does alone.
/// Run: dotnet build -c Release src/DeploymentWatch &amp;&amp;
///      dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- cluster-load 3 200 3
/// </summary>
internal static class ClusterHarness
{
    public const string Load = "cluster-load";
    public const string Once = "cluster-once";
    public const string Hosts = "cluster-hosts";

    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan BumpEvery = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(5);

    // Farm stories are all about the same deployment; published further apart than the story window (48 h), each
    // is a story of its own to the matcher, so a farm story with two roots is one opened twice, not a matcher call.
    private static readonly TimeSpan StorySpacing = TimeSpan.FromHours(49);
    private const int StoriesPerBump = 2;
    private const int ListedBumps = 5;
    private const int Carriers = 4;
    private const int FarmHosts = 8;

    public static async Task<int> RunAsync(string command, string[] args)
    {
        await using var server = await PostgresServer.StartAsync(NpgsqlFactory.Instance, CancellationToken.None);
        await using var database = await server.CreateDatabaseAsync(CancellationToken.None);
        // The fixture turns pooling off for its own sake; the service runs pooled, as deployed.
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ConnectionString;
        var passed = command switch
        {
            Load => await LoadAsync(connectionString, Arg(args, 0, 2), Arg(args, 1, 200), Arg(args, 2, 3), inProcess: false),
            Hosts => await LoadAsync(connectionString, Arg(args, 0, 2), Arg(args, 1, 200), Arg(args, 2, 3), inProcess: true),
            Once => await OnceAsync(connectionString, Arg(args, 0, 2), Arg(args, 1, 4), Arg(args, 2, 40)),
            _ => throw new ArgumentException($"unknown harness {command}", nameof(command)),
        };
        Console.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static async Task<bool> LoadAsync(string connectionString, int instances, int feeds, int minutes, bool inProcess)
    {
        var start = TimeProvider.System.GetUtcNow();
        var groups = Math.Max(1, feeds / Carriers);
        await using var farm = await ClusterFeedFarm.StartAsync(feeds, FarmHosts, (feed, version) =>
            Enumerable.Range(version - ListedBumps + 1, ListedBumps).SelectMany(bump => Enumerable.Range(0, StoriesPerBump).Select(k =>
            {
                var story = (((bump + ListedBumps) * groups) + (feed % groups)) * StoriesPerBump + k;
                return ($"load-{feed}-{bump}-{k}", story, feed / groups, start - (StorySpacing * story));
            })));
        using var workspace = new ClusterWorkspace(farm, instances, Interval);
        var environment = Environment(connectionString);
        await SubscribeAsync(connectionString);
        Console.WriteLine(
            $"{(inProcess ? Hosts : Load)}: {instances} {(inProcess ? "in-process instances without a scheduler" : "`run` instances")}, {feeds} feeds (every {Interval.TotalMinutes:0} min, 2 new items each per {BumpEvery.TotalSeconds:0} s, " +
            $"stories carried by {Math.Min(Carriers, feeds)} feeds), {minutes} min, on PostgreSQL");

        var processes = new List<ServiceProcess>();
        var hosts = new List<ClusterHost>();
        if (inProcess)
        {
            hosts.AddRange(await Task.WhenAll(Enumerable.Range(0, instances).Select(i =>
                ClusterHost.StartAsync(workspace.Config, workspace.Data[i], environment, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1)))));
        }
        else
        {
            var service = OutboxCrashHarness.ServiceDll();
            processes.AddRange(Enumerable.Range(0, instances).Select(i => ServiceProcess.Start(
                service,
                ["run", "--config", workspace.Config, "--data", workspace.Data[i], "--urls", "http://127.0.0.1:0"],
                environment,
                workspace.Log(i))));
        }

        try
        {
            var bumps = (int)(TimeSpan.FromMinutes(minutes) / BumpEvery);
            for (var bump = 1; bump <= bumps; bump++)
            {
                await Task.Delay(BumpEvery, TimeProvider.System);
                farm.Version = bump;
                var exited = processes.FindIndex(p => p.HasExited);
                if (exited >= 0)
                {
                    // The workspace goes with the harness: the log's end is printed here.
                    Console.WriteLine($"instance {exited} exited with {processes[exited].ExitCode}:");
                    Console.WriteLine(string.Join('\n', File.ReadLines(workspace.Log(exited)).TakeLast(20)));
                    return false;
                }
            }

            // Every feed is due once more after the last change; then delivery catches up.
            await Task.Delay(Interval + TimeSpan.FromSeconds(15), TimeProvider.System);
            await WaitForDeliveryAsync(connectionString);
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Dispose();
            }

            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }

        var tally = await ClusterTally.CountAsync(connectionString, workspace.Data.Select((_, i) => workspace.Output(i)));
        var polls = Enumerable.Range(0, feeds).Select(farm.RequestsOf).ToArray();
        var gaps = polls.SelectMany(p => p.Zip(p.Skip(1), (a, b) => b - a)).ToArray();
        var tooSoon = gaps.Count(g => g < Interval);
        var elapsed = TimeProvider.System.GetUtcNow() - start;
        Console.WriteLine(
            $"farm: {farm.TotalRequests} requests, {polls.Min(p => p.Count)}–{polls.Max(p => p.Count)} per feed, " +
            $"{tooSoon} polls of a feed within its interval of the previous one (shortest gap {(gaps.Length == 0 ? 0 : gaps.Min().TotalSeconds):0.0} s)");
        Console.WriteLine(tally);
        Console.WriteLine(inProcess
            ? string.Join("; ", hosts.Select((h, i) => $"instance {i}: {h.Polls} polls ({h.FeedsPolled} feeds), {h.Errors} failed rounds"))
            : Logs(workspace, instances));
        Console.WriteLine($"{elapsed.TotalSeconds:0} s; load average {LoadAverage()}");
        return tooSoon == 0 && Clean(tally) && hosts.All(h => h.Errors == 0);
    }

    private static async Task<bool> OnceAsync(string connectionString, int processes, int feeds, int items)
    {
        var start = TimeProvider.System.GetUtcNow();
        await using var farm = await ClusterFeedFarm.StartAsync(feeds, Math.Min(feeds, FarmHosts), (feed, _) =>
            Enumerable.Range(0, items).Select(i => ($"once-{feed}-{i}", i, feed, start - (StorySpacing * (items - i)))));
        using var workspace = new ClusterWorkspace(farm, processes + 1, Interval);
        var environment = Environment(connectionString);
        await SubscribeAsync(connectionString);
        Console.WriteLine($"cluster-once: {processes} `run --once` started together, {feeds} feeds each carrying the same {items} stories, on PostgreSQL");

        var service = OutboxCrashHarness.ServiceDll();
        var runs = Enumerable.Range(0, processes)
            .Select(i => ServiceProcess.Start(service, ["run", "--once", "--config", workspace.Config, "--data", workspace.Data[i]], environment, workspace.Log(i)))
            .ToList();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10)))
        {
            await Task.WhenAll(runs.Select(r => r.WaitForExitAsync(timeout.Token)));
        }

        var exitCodes = runs.Select(r => r.ExitCode).ToArray();
        foreach (var run in runs)
        {
            run.Dispose();
        }

        var outputs = Enumerable.Range(0, processes + 1).Select(workspace.Output).ToArray();
        var together = await ClusterTally.CountAsync(connectionString, outputs);
        var requests = Enumerable.Range(0, feeds).Select(f => farm.RequestsOf(f).Count).ToArray();
        Console.WriteLine($"exit codes {string.Join(", ", exitCodes)}; {Logs(workspace, processes)}");
        Console.WriteLine($"farm: {requests.Sum()} requests, {requests.Min()}–{requests.Max()} per feed");
        Console.WriteLine($"after the {processes} runs: {together}");

        // A last run delivers what the runs left (due later, or held by the other's claim): nothing may be lost.
        using (var drain = ServiceProcess.Start(service, ["run", "--once", "--config", workspace.Config, "--data", workspace.Data[processes]], environment, workspace.Log(processes)))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            await drain.WaitForExitAsync(timeout.Token);
        }

        var final = await ClusterTally.CountAsync(connectionString, outputs);
        Console.WriteLine($"after a last run --once: {final}");
        Console.WriteLine($"{(TimeProvider.System.GetUtcNow() - start).TotalSeconds:0} s; load average {LoadAverage()}");
        return exitCodes.All(c => c == 0)
            && final.Alerts == feeds * items
            && final.Stories == items
            && Clean(final);
    }

    private static bool Clean(ClusterTally tally) =>
        tally is { ItemsAlertedTwice: 0, StoriesOpenedTwice: 0, AlertsOutsideAnyStory: 0, LinesTwice: 0, TornLines: 0, StoriesPostedTwice: 0, Pending: 0 }
        && tally.Outbox.GetValueOrDefault("failed") == 0
        && tally.PostsLost == 0;

    private static Dictionary<string, string> Environment(string connectionString) => new()
    {
        ["Storage__Provider"] = "postgres",
        ["Storage__PostgresConnectionString"] = connectionString,
        ["Scheduling__Tick"] = "00:00:05",
        ["Scheduling__DeliveryTick"] = "00:00:01",
        // Every entry is counted as itself: no "catching up" digests.
        ["Delivery__MergeBacklog"] = "false",
        ["Channels__Console__AutoSubscribe"] = "false",
        // The farm's hosts are loopback addresses, refused by the feed address guard unless allowed; they answer at
        // once, so a short spacing keeps politeness on without making the harness wait.
        ["Feeds__AllowPrivateAddresses"] = "true",
        ["Polling__HostSpacing"] = "00:00:00.050",
    };

    /// <summary>The file channel follows every topic, subscribed before any instance starts (so every root reaches it).</summary>
    private static async Task SubscribeAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:PostgresConnectionString"] = connectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddStorage(configuration).BuildServiceProvider();
        await services.GetRequiredService<IStorageMigrator>().MigrateAsync(CancellationToken.None);
        await services.GetRequiredService<ISubscriptionStore>().UpsertAsync(
            new Subscription(ClusterWorkspace.OutputChannel, new HashSet<string>(), DeliveryMode.Realtime, 8, TimeProvider.System.GetUtcNow()), CancellationToken.None);
    }

    private static async Task WaitForDeliveryAsync(string connectionString)
    {
        var deadline = TimeProvider.System.GetUtcNow() + DrainLimit;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM outbox WHERE status = 'pending'", connection);
        while ((long)(await command.ExecuteScalarAsync())! > 0 && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), TimeProvider.System);
        }
    }

    /// <summary>Per instance: its poll and delivery log lines and warnings (which instance did the work).</summary>
    private static string Logs(ClusterWorkspace workspace, int instances) => string.Join("; ", Enumerable.Range(0, instances).Select(i =>
    {
        var lines = File.Exists(workspace.Log(i)) ? File.ReadAllLines(workspace.Log(i)) : [];
        var summary = lines.LastOrDefault(l => l.StartsWith("run --once:", StringComparison.Ordinal));
        foreach (var warning in lines.Where(IsWarning).Take(3))
        {
            Console.WriteLine($"  instance {i}: {warning}");
        }

        return $"instance {i}: " + (summary ?? (
            $"{lines.Count(l => l.Contains("Poll: ", StringComparison.Ordinal))} polls, " +
            $"{lines.Count(l => l.Contains("Delivery: ", StringComparison.Ordinal))} delivery rounds")) +
            $", {lines.Count(IsWarning)} warnings";
    }));

    private static bool IsWarning(string line) =>
        line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal)
        || line.StartsWith("crit:", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
