using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Slack.Tests.Alerts;

public class SlackChannelConcurrencyTests
{
    [Fact]
    public async Task SendAsync_OneChannelWaitingOnRateLimit_OtherChannelStillDelivers()
    {
        var time = new SlackTestTime(new DateTimeOffset(2025, 1, 13, 7, 0, 0, TimeSpan.Zero));
        await using var api = await FakeSlackApi.StartAsync();
        await using var services = SlackTestServices.Build(SlackTestServices.Settings(api), time);
        var channel = services.GetServices<IAlertChannel>().Single();
        api.Workspace.AddChannel("C0SLOW");
        api.Workspace.AddChannel("C0FAST");
        api.Enqueue("chat.postMessage", FakeSlackReply.RateLimited(TimeSpan.FromSeconds(5)));

        var slow = channel.SendAsync(new ChannelAddress("slack", FakeSlackApi.TeamId, "C0SLOW"), SampleAlerts.Casualties(), "k1", CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(5), await time.NextWaitAsync());
        var fast = await channel.SendAsync(new ChannelAddress("slack", FakeSlackApi.TeamId, "C0FAST"), SampleAlerts.Casualties(), "k2", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, fast.Status);
        Assert.False(slow.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(DeliveryStatus.Delivered, (await slow.WaitAsync(TimeSpan.FromSeconds(10))).Status);
        Assert.Single(api.Workspace.MessagesIn("C0SLOW"));
    }
}
