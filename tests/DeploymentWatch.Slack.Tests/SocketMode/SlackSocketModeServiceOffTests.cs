using DeploymentWatch.Slack.SocketMode;
using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeploymentWatch.Slack.Tests.SocketMode;

public class SlackSocketModeServiceOffTests
{
    [Fact]
    public async Task Start_NoAppToken_EndsAtOnceWithoutCallingSlack()
    {
        await using var api = await FakeSlackApi.StartAsync();
        await using var services = SlackTestServices.Build(SlackTestServices.Settings(api), new SlackTestTime(DateTimeOffset.UnixEpoch));
        var service = services.GetServices<IHostedService>().OfType<SlackSocketModeService>().Single();

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
        Assert.Empty(api.Calls);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 6)]
    [InlineData(3, 11)]
    [InlineData(1000, 300)]
    public void Backoff_Failures_GrowsByFiveSecondsUpToFiveMinutes(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SlackSocketModeService.Backoff(failures));
}
