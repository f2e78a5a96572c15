using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Discord;

namespace DeploymentWatch.Discord.Tests.Alerts;

/// <summary>
/// The burst goal, scaled down to run in a second or two: 40 alerts to 4 channels through a fake that allows
/// 5 requests per 0.5 s per channel and 50/s globally. (The full 500-to-20 run is the load harness:
/// `dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- discord-burst`.)
/// </summary>
public class DiscordBurstTests
{
    [Fact]
    public async Task SendAsync_BurstAgainstChannelAndGlobalLimits_DeliversEveryAlertExactlyOnceWithFew429s()
    {
        await using var session = await DiscordFakeSession.StartAsync(new FakeDiscordLimits(5, TimeSpan.FromSeconds(0.5), 50));
        var channels = Enumerable.Range(1, 4).Select(i => new ChannelAddress("discord", "900000000000000001", $"70000000000000000{i}")).ToList();

        var report = await AlertBurst.RunAsync(session.Channel, channels, 40, TimeProvider.System, TimeSpan.FromSeconds(1));

        Assert.Equal(40, report.Delivered);
        Assert.Equal(0, report.Failed);
        Assert.All(channels, c =>
        {
            var messages = session.Fake.MessagesIn(c.Channel);
            Assert.Equal(10, messages.Count);
            Assert.Equal(10, messages.Select(m => m.Nonce).Distinct().Count());
        });
        Assert.True(session.Fake.RateLimitedCount <= channels.Count, $"{session.Fake.RateLimitedCount} responses were 429");
        Assert.Empty(session.Fake.Violations);
    }
}
