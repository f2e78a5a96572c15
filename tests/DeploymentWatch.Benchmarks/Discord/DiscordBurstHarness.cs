using System.Globalization;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Benchmarks.Discord;

/// <summary>
/// Load harness for the Discord burst goal: 500 alerts to 20 channels through the fake Discord enforcing
/// 5 requests / 5 s per channel bucket and 50/s globally must deliver every alert exactly once with no more than a
/// handful of 429s. Takes ~25 s of real time, so it lives here, not in the unit tests (which run a scaled copy).
/// Run: dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- discord-burst [alerts] [channels]
/// </summary>
internal static class DiscordBurstHarness
{
    public const string Command = "discord-burst";
    private const int HandfulOf429s = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var alerts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var channelCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
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

        Console.WriteLine($"Discord burst: {alerts} alerts to {channelCount} channels; fake limits 5 req / 5 s per channel, 50/s global");
        var report = await AlertBurst.RunAsync(channel, channels, alerts, TimeProvider.System, TimeSpan.FromSeconds(5));

        var perChannel = channels.Select(c => fake.MessagesIn(c.Channel)).ToList();
        var stored = perChannel.Sum(m => m.Count);
        var duplicates = stored - perChannel.Sum(m => m.Select(x => x.Nonce).Distinct().Count());
        Console.WriteLine($"delivered {report.Delivered}/{report.Alerts}, failed {report.Failed}, stored {stored}, duplicates {duplicates}");
        Console.WriteLine($"requests {fake.RequestCount}, 429s {fake.RateLimitedCount} ({fake.GlobalRateLimitedCount} global), RetryLater outcomes {report.RetryLaterOutcomes}, rounds {report.Rounds}, spec violations {fake.Violations.Count}");
        Console.WriteLine($"per channel {perChannel.Min(m => m.Count)}-{perChannel.Max(m => m.Count)} messages; elapsed {report.Elapsed.TotalSeconds:0.0} s");

        var passed = report.Delivered == alerts && stored == alerts && duplicates == 0 && fake.RateLimitedCount <= HandfulOf429s && fake.Violations.Count == 0;
        Console.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }
}
