using System.Text.Json.Nodes;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// Issue 12: the real service in Gateway mode against the fake Gateway and the fake REST API. Subscribe → a cycle
/// posts the catch-up and the alert → mute → a cycle posts nothing → figures answers at once and, with a chart,
/// deferred; a member without Manage Channels is refused and nothing changes; a dropped connection resumes,
/// RECONNECT and INVALID_SESSION are survived, and the next command is answered; no token ever reaches a log.
/// </summary>
public sealed class DiscordGatewayEndToEndTests
{
    private const string FirstTitle = "North Korean losses mount in Kursk, spy agency says";
    private const string FirstBody = "About 300 North Korean soldiers have been killed and 2,700 wounded, South Korea's spy agency said.";
    private const string SecondTitle = "Ukraine says it captured two North Korean soldiers";
    private const string SecondBody = "Ukraine's military said it captured two North Korean soldiers in the Kursk region on Saturday.";

    [Fact]
    public async Task Gateway_SubscribeCycleMuteCycleFiguresAndDrops_AnswersEveryCommandAndLogsNoToken()
    {
        await using var host = await DiscordGatewayEndToEndHost.StartAsync();
        var service = await host.StartInstanceAsync();
        await host.Gateway.WaitUntilReadyAsync(host.Cancellation);
        service.WriteArticle("001-nis-losses.txt", FirstTitle, FirstBody);

        var subscribed = await host.RunCommandAsync("subscribe", new JsonObject { ["topics"] = "casualties" });
        subscribed.AssertAnsweredAtOnceUnlessTheBudgetRanOut(DiscordGatewayEndToEndHost.ReplyBudget);
        Assert.False(subscribed.IsEphemeral);
        Assert.Equal("Subscribed", (string?)subscribed.FirstEmbed["title"]);
        Assert.Equal(["casualties"], (await host.SubscriptionAsync())!.Topics);

        var (firstPoll, firstSent) = await host.RunCycleAsync();
        Assert.Single(firstPoll.Alerts);
        Assert.Equal(0, firstSent.Retried + firstSent.Failed);
        // Discord.Net raises Connected on a task of its own once READY is in, which need not have run before it went
        // on to dispatch the command above: the health page says when it has.
        await host.WaitForHealthAsync(service, "gateway: connected");
        var posted = host.Api.MessagesIn(DiscordGatewayEndToEndHost.ChannelId);
        Assert.Equal(["Catching up", FirstTitle], posted.Select(m => m.FirstEmbed.GetProperty("title").GetString()));

        var muted = await host.RunCommandAsync("mute", new JsonObject { ["topic"] = "casualties" });
        Assert.Contains("until you `unmute`", muted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\`", muted.Text, StringComparison.Ordinal);
        Assert.Equal("casualties", Assert.Single(await host.ActiveMutesAsync()).Topic);

        service.WriteArticle("002-kyiv-captured.txt", SecondTitle, SecondBody);
        var (secondPoll, _) = await host.RunCycleAsync();
        Assert.Single(secondPoll.Alerts);
        Assert.Equal(2, host.Api.MessagesIn(DiscordGatewayEndToEndHost.ChannelId).Count);

        var figures = await host.RunCommandAsync("figures", new JsonObject { ["metric"] = "killed" }, manager: false);
        figures.AssertAnsweredAtOnceUnlessTheBudgetRanOut(DiscordGatewayEndToEndHost.ReplyBudget);
        Assert.Contains("about 300 killed", figures.Text, StringComparison.Ordinal);

        // A chart cannot travel in the first answer: a deferral (type 5), then PATCH @original with the PNG.
        var chart = await host.RunCommandAsync("figures", new JsonObject { ["metric"] = "killed", ["chart"] = true }, manager: false);
        Assert.Equal(5, chart.ResponseType);
        Assert.Contains("about 300 killed", chart.Text, StringComparison.Ordinal);
        Assert.Equal("image/png", Assert.Single(chart.Files).ContentType);

        // Permissions come from the cached guild's roles: without the manager role, changing the channel is refused.
        var refused = await host.RunCommandAsync("unsubscribe", manager: false);
        Assert.True(refused.IsEphemeral);
        Assert.Contains("Manage Channels", refused.Text, StringComparison.Ordinal);
        Assert.NotNull(await host.SubscriptionAsync());
        Assert.Single(await host.ActiveMutesAsync());

        Assert.Equal(["casualties"], await host.AutocompleteAsync("latest", "topic", "cas"));
        Assert.Equal(["kr-nis"], await host.AutocompleteAsync("figures", "source", "NI"));

        // A dropped connection is resumed (same session), and the next command is answered.
        host.Gateway.Drop();
        await host.Gateway.WaitUntilReadyAsync(host.Cancellation);
        Assert.Equal(1, host.Gateway.Resumes);
        Assert.Equal(1, host.Gateway.Identifies);
        Assert.Contains("about 300 killed", (await host.RunCommandAsync("figures", new JsonObject { ["metric"] = "killed" }, manager: false)).Text, StringComparison.Ordinal);

        await host.Gateway.SendReconnectAsync(host.Cancellation);
        await host.Gateway.WaitUntilReadyAsync(host.Cancellation);
        Assert.Equal(2, host.Gateway.Resumes);
        Assert.Equal("Status", (string?)(await host.RunCommandAsync("status", manager: false)).FirstEmbed["title"]);

        await host.Gateway.SendInvalidSessionAsync(host.Cancellation);
        await host.Gateway.WaitUntilReadyAsync(host.Cancellation);
        Assert.Equal(2, host.Gateway.Identifies);
        Assert.Equal("Status", (string?)(await host.RunCommandAsync("status", manager: false)).FirstEmbed["title"]);

        Assert.True(host.Gateway.Heartbeats >= 1);
        Assert.Empty(host.Gateway.Violations);
        Assert.Empty(host.Api.Violations);
        // Discord.Net's own log is there (bridged at Info and above), and no line holds a token.
        Assert.Contains(host.Logs.Lines, line => line.Contains("Discord.Net Gateway", StringComparison.Ordinal));
        Assert.All(host.Logs.Lines, line =>
        {
            Assert.DoesNotContain(host.Api.Token, line, StringComparison.Ordinal);
            Assert.DoesNotContain("aW50ZXJhY3Rpb246", line, StringComparison.Ordinal);
        });
    }
}
