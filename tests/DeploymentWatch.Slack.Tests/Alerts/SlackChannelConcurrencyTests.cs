using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Slack.Tests.Alerts;

public class SlackChannelConcurrencyTests
{
    [Fact]
    public async Task SendAsync_OneChannelWaitingForItsPace_OtherChannelStillDelivers()
    {
        var time = new SlackTestTime(new DateTimeOffset(2025, 1, 13, 7, 0, 0, TimeSpan.Zero));
        await using var api = await FakeSlackApi.StartAsync();
        await using var services = SlackTestServices.Build(SlackTestServices.Settings(api), time);
        var channel = services.GetServices<IAlertChannel>().Single();
        api.Workspace.AddChannel("C0SLOW");
        api.Workspace.AddChannel("C0FAST");
        var slowAddress = new ChannelAddress("slack", FakeSlackApi.TeamId, "C0SLOW");
        Assert.Equal(DeliveryStatus.Delivered, (await channel.SendAsync(slowAddress, SampleAlerts.Casualties(), "k0", CancellationToken.None)).Status);

        var slow = channel.SendAsync(slowAddress, SampleAlerts.Casualties(), "k1", CancellationToken.None);
        Assert.Equal(SlackChannelPacerInterval, await time.NextWaitAsync());
        var fast = await channel.SendAsync(new ChannelAddress("slack", FakeSlackApi.TeamId, "C0FAST"), SampleAlerts.Casualties(), "k2", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, fast.Status);
        Assert.False(slow.IsCompleted);
        time.Advance(SlackChannelPacerInterval);
        Assert.Equal(DeliveryStatus.Delivered, (await slow.WaitAsync(TimeSpan.FromSeconds(10))).Status);
        Assert.Equal(2, api.Workspace.MessagesIn("C0SLOW").Count);
    }

    // Slack's one message per second per channel (SlackChannelPacer.Interval).
    private static readonly TimeSpan SlackChannelPacerInterval = TimeSpan.FromSeconds(1);
}
