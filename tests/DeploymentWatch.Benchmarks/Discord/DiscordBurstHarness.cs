using System.Globalization;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Benchmarks.Discord;

/// <summary>
/// Load harness for the Discord burst and storm goals: alerts to many channels through the fake Discord enforcing
/// 5 requests / 5 s per channel bucket and 50/s globally must be delivered exactly once, with no 429 and within 10 %
/// of the platform minimum (the time those limits allow at best). "adapter" sends straight through the Discord
/// channel; "outbox" queues every alert and lets the real dispatcher deliver them. Takes minutes of real time, so it
/// lives here, not in the unit tests (which run a scaled copy).
/// Run: dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- discord-burst [alerts] [channels] [adapter|outbox]
/// The storm: … -- discord-burst 10000 200 outbox
/// </summary>
internal static class DiscordBurstHarness
{
    public const string Command = "discord-burst";
    private const double WithinOfMinimum = 1.10;

    public static async Task<int> RunAsync(string[] args)
    {
        var alerts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var channelCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var throughOutbox = args.Length > 2 && args[2] == "outbox";
        await using var fake = await FakeDiscordApi.StartAsync(FakeDiscordLimits.DiscordLike);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DISCORD_BOT_TOKEN"] = fake.Token,
            ["DISCORD_APPLICATION_ID"] = "1100000000000000001",
            ["DISCORD_PUBLIC_KEY"] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            ["DISCORD_API_BASE_URL"] = fake.BaseAddress.ToString(),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddDiscord(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var channel = services.GetServices<IAlertChannel>().Single(c => c.Platform == "discord");
        var channels = Enumerable.Range(1, channelCount).Select(i => new ChannelAddress("discord", "900000000000000001", (700000000000000000L + i).ToString(CultureInfo.InvariantCulture))).ToList();

        var limits = FakeDiscordLimits.DiscordLike;
        var minimum = PlatformMinimum(alerts, channelCount, limits);
        Console.WriteLine($"Discord burst: {alerts} alerts to {channelCount} channels through the {(throughOutbox ? "outbox" : "adapter")}; " +
            $"fake limits {limits.PerBucket} req / {limits.BucketWindow.TotalSeconds:0} s per channel, {limits.Global}/s global; platform minimum {minimum.TotalSeconds:0.0} s");
        int delivered, failed, retries, rounds;
        TimeSpan elapsed;
        if (throughOutbox)
        {
            (delivered, rounds, elapsed) = await StormThroughOutbox.RunAsync(channel, channels, alerts);
            (failed, retries) = (alerts - delivered, 0);
        }
        else
        {
            var report = await AlertBurst.RunAsync(channel, channels, alerts, TimeProvider.System, TimeSpan.FromSeconds(5));
            (delivered, failed, retries, rounds, elapsed) = (report.Delivered, report.Failed, report.RetryLaterOutcomes, report.Rounds, report.Elapsed);
        }

        var perChannel = channels.Select(c => fake.MessagesIn(c.Channel)).ToList();
        var stored = perChannel.Sum(m => m.Count);
        var duplicates = stored - perChannel.Sum(m => m.Select(x => x.Nonce).Distinct().Count());
        var ratio = elapsed / minimum;
        Console.WriteLine($"delivered {delivered}/{alerts}, failed {failed}, stored {stored}, duplicates {duplicates}");
        Console.WriteLine($"requests {fake.RequestCount}, 429s {fake.RateLimitedCount} ({fake.GlobalRateLimitedCount} global), RetryLater outcomes {retries}, rounds {rounds}, spec violations {fake.Violations.Count}");
        Console.WriteLine($"per channel {perChannel.Min(m => m.Count)}-{perChannel.Max(m => m.Count)} messages; elapsed {elapsed.TotalSeconds:0.0} s = {ratio:0.00}x the platform minimum");

        var passed = delivered == alerts && stored == alerts && duplicates == 0 && fake.RateLimitedCount == 0 && fake.Violations.Count == 0 && ratio <= WithinOfMinimum;
        Console.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }

    /// <summary>
    /// The least time the limits allow: the global budget sends <c>Global</c> a second and each channel's bucket
    /// <c>PerBucket</c> a window, the first second and window free; the busier of the two decides.
    /// </summary>
    private static TimeSpan PlatformMinimum(int alerts, int channels, FakeDiscordLimits limits)
    {
        var global = TimeSpan.FromSeconds(Math.Ceiling((double)alerts / limits.Global) - 1);
        var perChannel = Math.Ceiling((double)alerts / channels);
        var bucket = limits.BucketWindow * (Math.Ceiling(perChannel / limits.PerBucket) - 1);
        return global > bucket ? global : bucket;
    }
}
