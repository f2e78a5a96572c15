using DeploymentWatch.Application.Commands;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Slack.Alerts;
using DeploymentWatch.Slack.Tests.Alerts;
using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeploymentWatch.Slack.Tests;

public class SlackServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSlack_ValidatedContainer_ResolvesEveryPort()
    {
        using var services = SlackTestServices.Build(SlackTestServices.Settings(null), TimeProvider.System);

        Assert.IsType<SlackAlertChannel>(Assert.Single(services.GetServices<IAlertChannel>()));
        Assert.Equal("slack", Assert.Single(services.GetServices<IChannelStatus>()).Platform);
        // Socket Mode, and the shared command runner (stopping waits for its follow-ups).
        Assert.Equal(2, services.GetServices<IHostedService>().Count());
        Assert.Same(services.GetRequiredService<CommandRunner>(), services.GetServices<IHostedService>().OfType<CommandRunner>().Single());
        Assert.Same(services.GetRequiredService<SlackChannelStatus>(), services.GetRequiredService<IChannelStatus>());
    }

    [Fact]
    public async Task AddSlack_NoBotToken_IsOffAndSendsNothing()
    {
        await using var api = await FakeSlackApi.StartAsync();
        var settings = SlackTestServices.Settings(api);
        settings["SLACK_BOT_TOKEN"] = null;
        await using var services = SlackTestServices.Build(settings, TimeProvider.System);
        var status = services.GetRequiredService<IChannelStatus>();

        var outcome = await services.GetRequiredService<IAlertChannel>()
            .SendAsync(new ChannelAddress("slack", "T1", "C1"), SampleAlerts.Casualties(), "k", CancellationToken.None);

        Assert.False(status.Enabled);
        Assert.Equal("off: SLACK_BOT_TOKEN not set", status.Detail);
        Assert.Equal(DeliveryStatus.TokenDead, outcome.Status);
        Assert.Empty(api.Calls);
    }

    [Fact]
    public void AddSlack_BotTokenSet_StatusOk()
    {
        using var services = SlackTestServices.Build(SlackTestServices.Settings(null), TimeProvider.System);
        var status = services.GetRequiredService<IChannelStatus>();

        Assert.True(status.Enabled);
        Assert.Equal("ok", status.Detail);
    }
}
