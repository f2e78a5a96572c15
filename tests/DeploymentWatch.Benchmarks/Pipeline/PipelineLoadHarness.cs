using System.Globalization;
using DeploymentWatch.Domain.Alerts;

namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>
/// Load harness for polling and story planning (issue 11), against a loopback feed farm and the real composition on
/// a SQLite file (see <see cref="PipelineInstance"/>); the console channel (auto-subscribed) receives the alerts.
/// <list type="bullet">
/// <item><c>pipeline-single N</c>: one feed of N on-topic items (stories of 5 copies, one item every 10 minutes):
/// every item stored and delivered; time should grow linearly in N.</item>
/// <item><c>pipeline-first-poll F I</c>: F feeds of I items (2 on-topic, the same stories carried by several
/// feeds; the rest off-topic), first poll with delivery running beside it: CPU, wall, time to the first delivery.</item>
/// <item><c>pipeline-steady F MINUTES</c>: F feeds polled every minute, 1 % of them changing each minute, then
/// pruning; CPU share of 2 cores and bytes of state per feed.</item>
/// </list>
/// </summary>
internal static class PipelineLoadHarness
{
    public const string Single = "pipeline-single";
    public const string FirstPoll = "pipeline-first-poll";
    public const string Steady = "pipeline-steady";

    public static readonly TimeSpan DeliveryTick = TimeSpan.FromSeconds(1);

    public static Task<int> RunAsync(string command, string[] args) => command switch
    {
        Single => SingleFeedAsync(Arg(args, 0, 10_000)),
        FirstPoll => FirstPollAsync(Arg(args, 0, 2_000), Arg(args, 1, 20)),
        Steady => SteadyAsync(Arg(args, 0, 2_000), Arg(args, 1, 3)),
        _ => throw new ArgumentException($"unknown harness {command}", nameof(command)),
    };

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static Dictionary<string, string?> SqliteSettings(FarmWorkspace workspace) => new()
    {
        ["Storage:Provider"] = "sqlite",
        ["Storage:SqlitePath"] = workspace.Database,
        // The farm's hosts answer at once; a short spacing keeps politeness on without making the harness wait.
        ["Polling:HostSpacing"] = "00:00:00.050",
        ["Polling:MaxPerHost"] = "2",
        ["Polling:Parallelism"] = "8",
        // One feed of 10,000 items is a 9 MB document.
        ["Feeds:MaxBytes"] = "67108864",
        // The farm's hosts are loopback addresses, which the feed address guard refuses unless told otherwise.
        ["Feeds:AllowPrivateAddresses"] = "true",
    };

    private static async Task<int> SingleFeedAsync(int items)
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var farm = await FeedFarm.StartAsync(1, 1, (_, _) => Enumerable.Range(0, items)
            .Select(i => ($"single-{i}", i / 5, i % 5, now - TimeSpan.FromMinutes(10) * (items - i))));
        using var workspace = new FarmWorkspace(farm, 1, "15m", "off");
        await using var instance = await PipelineInstance.StartAsync(workspace.Config, workspace.Data, SqliteSettings(workspace));

        var started = TimeProvider.System.GetUtcNow();
        var meter = new Meter();
        using var stop = new CancellationTokenSource();
        var delivering = instance.DeliverEveryAsync(DeliveryTick, _ => { }, stop.Token);
        var poll = await instance.PollAsync(ignoreSchedule: true, CancellationToken.None);
        var polled = meter.Wall;
        await stop.CancelAsync();
        var log = await delivering;
        await instance.DrainAsync(log, TimeSpan.FromMinutes(3));
        var delivered = log.Delivered;
        var pending = await instance.PendingAsync();
        var stories = poll.Alerts.Count(a => a.StoryId is null);
        var twice = await SqliteState.DeliveredTwiceAsync(workspace.Database);
        var firstDelivery = await SqliteState.FirstDeliveredAtAsync(workspace.Database) - started;

        Console.WriteLine(
            $"single feed of {items} on-topic items: {string.Join("; ", poll.Failures.Select(f => f.Reason))} {poll.NewItems} new, {poll.Alerts.Count} alerts in {stories} stories, " +
            $"{delivered} messages delivered ({log.Merged} entries merged into digests), {twice} delivered twice, {pending} pending; poll {polled.TotalSeconds:0.0} s, all delivered {meter.Wall.TotalSeconds:0.0} s, " +
            $"CPU {meter.Cpu.TotalSeconds:0.0} s, first delivery {firstDelivery?.TotalSeconds:0.0} s; {LoadAverage.Read()}");
        if (pending > 0)
        {
            Console.WriteLine(await SqliteState.PendingReasonsAsync(workspace.Database));
        }

        // Every entry went out, alone or folded into a digest message (the outbox merges a long queue): none left, none twice.
        var passed = poll.Alerts.Count == items && delivered > 0 && log.Failed == 0 && pending == 0 && twice == 0;
        Console.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }

    /// <summary>Feed n, item j: items 0 and 1 are on-topic copies of stories shared by a group of feeds, the rest off-topic.</summary>
    internal static IEnumerable<(string, int, int, DateTimeOffset)> MixedItems(int feed, int version, int perFeed, int feeds, DateTimeOffset now)
    {
        var storyCount = Math.Max(1, feeds / 4);
        for (var j = 0; j < perFeed; j++)
        {
            var k = j + version;
            var published = now - TimeSpan.FromMinutes(perFeed - j) - TimeSpan.FromMinutes(feed % 600);
            if (k % 10 < 2)
            {
                // Each story is told by about 8 feeds (copies), as an agency story is by its subscribers.
                var story = (feed + k * 7919) % storyCount;
                yield return ($"f{feed}-i{k}", story, feed % 8, published);
            }
            else
            {
                yield return ($"f{feed}-i{k}", -1 - (feed * 1000 + k), 0, published);
            }
        }
    }

    private static async Task<int> FirstPollAsync(int feeds, int perFeed)
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var farm = await FeedFarm.StartAsync(feeds, 200, (n, v) => MixedItems(n, v, perFeed, feeds, now));
        using var workspace = new FarmWorkspace(farm, feeds, "15m", "48h");
        await using var instance = await PipelineInstance.StartAsync(workspace.Config, workspace.Data, SqliteSettings(workspace));

        Console.WriteLine($"start: {LoadAverage.Read()}");
        var started = TimeProvider.System.GetUtcNow();
        var meter = new Meter();
        using var stop = new CancellationTokenSource();
        var delivering = instance.DeliverEveryAsync(DeliveryTick, _ => { }, stop.Token);
        var poll = await instance.PollAsync(ignoreSchedule: false, CancellationToken.None);
        var polled = meter.Wall;
        var pollCpu = meter.Cpu;
        await stop.CancelAsync();
        var log = await delivering;
        await instance.DrainAsync(log, TimeSpan.FromMinutes(3));
        var pending = await instance.PendingAsync();
        var stories = poll.Alerts.Count(a => a.StoryId is null);
        var twice = await SqliteState.DeliveredTwiceAsync(workspace.Database);
        var firstDelivery = await SqliteState.FirstDeliveredAtAsync(workspace.Database) - started;

        Console.WriteLine(
            $"first poll of {feeds} feeds x {perFeed} items: {poll.FeedsPolled} polled, {poll.Failures.Count} failed, {poll.NewItems} new items, " +
            $"{poll.Alerts.Count} alerts in {stories} stories; {log.Delivered} messages delivered ({log.Merged} entries merged into digests), " +
            $"{twice} delivered twice, {pending} pending, " +
            $"{log.Errors} delivery rounds failed");
        Console.WriteLine(
            $"poll wall {polled.TotalSeconds:0.0} s, CPU {pollCpu.TotalSeconds:0.0} s (farm included); first alert delivered at " +
            $"{firstDelivery?.TotalSeconds:0.0} s; everything delivered at {meter.Wall.TotalSeconds:0.0} s, CPU {meter.Cpu.TotalSeconds:0.0} s in all; {LoadAverage.Read()}");
        var passed = poll.Failures.Count == 0 && pollCpu <= TimeSpan.FromSeconds(60) && firstDelivery <= TimeSpan.FromSeconds(30)
            && pending == 0 && twice == 0;
        Console.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }

    private static async Task<int> SteadyAsync(int feeds, int minutes)
    {
        var now = TimeProvider.System.GetUtcNow();
        await using var farm = await FeedFarm.StartAsync(feeds, 200, (n, v) => MixedItems(n, v, 20, feeds, now));
        using var workspace = new FarmWorkspace(farm, feeds, "1m", "48h");
        var settings = SqliteSettings(workspace);

        // The first poll runs four days in the past, so that the items feeds drop later are old enough to prune.
        var past = new ShiftedTimeProvider(TimeSpan.FromDays(-4));
        await using (var first = await PipelineInstance.StartAsync(workspace.Config, workspace.Data, settings, past))
        {
            var poll = await first.PollAsync(ignoreSchedule: true, CancellationToken.None);
            await first.DeliverAsync(CancellationToken.None);
            Console.WriteLine($"first poll (4 days ago): {poll.FeedsPolled} feeds, {poll.NewItems} items, {poll.Alerts.Count} alerts");
        }

        await using var instance = await PipelineInstance.StartAsync(workspace.Config, workspace.Data, settings);
        var meter = new Meter();
        var polls = 0;
        var changed = 0;
        var alerts = new List<Alert>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
        var delivering = instance.DeliverEveryAsync(DeliveryTick, _ => { }, stop.Token);
        var random = new Random(11);
        var requestsAtStart = Interlocked.Read(ref farm.Requests);
        while (!stop.IsCancellationRequested)
        {
            // 1 % of the feeds per minute get a new item (one per 5-second tick on average).
            for (var i = 0; i < feeds / 100 / 12 + (random.Next(12) < feeds / 100 % 12 ? 1 : 0); i++)
            {
                farm.Bump(random.Next(feeds));
                changed++;
            }

            var poll = await instance.PollAsync(ignoreSchedule: false, CancellationToken.None);
            polls += poll.FeedsPolled;
            alerts.AddRange(poll.Alerts);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), TimeProvider.System, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // The measured window is over.
            }
        }

        var log = await delivering;
        var wall = meter.Wall;
        var cpu = meter.Cpu;
        var requests = Interlocked.Read(ref farm.Requests) - requestsAtStart;
        var pruned = await instance.PruneAsync();
        var state = await SqliteState.MeasureAsync(workspace.Database);
        var perMinute = polls / wall.TotalMinutes;
        var share = cpu / (wall * 2);
        Console.WriteLine(
            $"steady state: {polls} polls in {wall.TotalMinutes:0.0} min = {perMinute:0} polls/min ({requests} requests, {farm.NotModified} answered 304); " +
            $"{changed} feed changes, {alerts.Count} alerts, {log.Delivered} delivered; CPU {cpu.TotalSeconds:0.0} s = {share:P1} of 2 cores (farm included)");
        Console.WriteLine(LoadAverage.Read());
        Console.WriteLine($"pruned {pruned.SeenItems} seen items, {pruned.OutboxRows} outbox rows, {pruned.Alerts} alerts");
        Console.WriteLine(state.Describe(feeds));
        var passed = perMinute >= 1_900 && share <= 0.25 && state.PerFeedBytes(feeds) <= 2_048;
        Console.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }
}
