using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Tests.Web;

/// <summary>/metrics is Prometheus text, and the bot's counters move when a cycle polls, alerts and delivers.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_AfterACycleAndACommand_ParsesAsPrometheusTextWithTheCountersMoved()
    {
        await using var service = new WebTestService();
        await service.StartAsync();
        using var http = service.CreateHttpClient();
        var before = PrometheusText.Parse(await http.GetStringAsync(service.Page("/metrics"), service.Cancellation));

        var (poll, sent) = await service.RunCycleAsync();
        await service.Services.GetRequiredService<ICommandService>().ExecuteAsync(
            new CommandRequest(new ChannelAddress("console", ChannelAddress.LocalWorkspace, "ops"), "tester", false, "figures killed"), service.Cancellation);
        using var response = await http.GetAsync(service.Page("/metrics"), service.Cancellation);
        var after = PrometheusText.Parse(await response.Content.ReadAsStringAsync(service.Cancellation));

        Assert.StartsWith("text/plain; version=0.0.4", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        // Other tests in this process poll too: the counters must have moved by at least this cycle's share.
        Assert.True(Moved(before, after, "deploymentwatch_feed_polls_total") >= 2);
        Assert.True(Moved(before, after, "deploymentwatch_feed_poll_failures_total") >= 1);
        Assert.True(Moved(before, after, "deploymentwatch_feed_items_total") >= poll.NewItems);
        Assert.True(Moved(before, after, "deploymentwatch_alerts_total") >= poll.Alerts.Count);
        Assert.True(Moved(before, after, "deploymentwatch_deliveries_total", ("outcome", "delivered"), ("platform", "console")) >= sent.Delivered);
        Assert.True(Moved(before, after, "deploymentwatch_commands_total", ("command", "figures"), ("platform", "console")) >= 1);
        Assert.True(Moved(before, after, "deploymentwatch_feed_poll_duration_seconds_count") >= 2);
        Assert.True(Moved(before, after, "deploymentwatch_delivery_duration_seconds_count") >= sent.Delivered);
        Assert.Equal(5, poll.NewItems);
        Assert.Equal("counter", after.TypeOf("deploymentwatch_feed_polls_total"));
        Assert.Equal("counter", after.TypeOf("deploymentwatch_deliveries_total"));
        Assert.Equal("histogram", after.TypeOf("deploymentwatch_feed_poll_duration_seconds"));
        Assert.Equal("histogram", after.TypeOf("deploymentwatch_delivery_duration_seconds"));
        Assert.Equal("gauge", after.TypeOf("deploymentwatch_outbox_backlog"));
    }

    [Fact]
    public async Task Metrics_OutboxBacklog_CountsUndeliveredEntriesPerPlatform()
    {
        await using var service = new WebTestService();
        await service.StartAsync();
        await using (var scope = service.Services.CreateAsyncScope())
        {
            // Polling without dispatching leaves the console's five messages (three stories, two edits) waiting.
            var feeds = service.Services.GetRequiredService<DeploymentWatch.Configuration.FeedsFile>();
            await scope.ServiceProvider.GetRequiredService<DeploymentWatch.Application.Polling.FeedPoller>().PollAsync(feeds.Feeds, ignoreSchedule: true, service.Cancellation);
        }

        using var http = service.CreateHttpClient();
        var metrics = PrometheusText.Parse(await http.GetStringAsync(service.Page("/metrics"), service.Cancellation));

        Assert.Equal(5, metrics.Value("deploymentwatch_outbox_backlog", ("platform", "console")));
    }

    private static double Moved(PrometheusText before, PrometheusText after, string name, params (string Key, string Value)[] labels) =>
        after.Value(name, labels) - before.Value(name, labels);
}
