using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Slack.Alerts;
using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Slack.Tests.Alerts;

public sealed class SlackAlertChannelTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 1, 13, 7, 0, 0, TimeSpan.Zero);
    private readonly SlackTestTime time = new(Start) { AutoAdvance = true };
    private FakeSlackApi api = null!;
    private ServiceProvider services = null!;

    private IAlertChannel Channel => services.GetServices<IAlertChannel>().Single(c => c.Platform == "slack");

    private SlackChannelStatus Status => services.GetRequiredService<SlackChannelStatus>();

    public async Task InitializeAsync()
    {
        api = await FakeSlackApi.StartAsync();
        services = SlackTestServices.Build(SlackTestServices.Settings(api), time);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_MemberChannel_PostsBlocksAndReturnsTs()
    {
        api.Workspace.AddChannel("C0ALERTS");

        var outcome = await Channel.SendAsync(Address("C0ALERTS"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        var message = Assert.Single(api.Workspace.MessagesIn("C0ALERTS"));
        Assert.Equal(message.Ts, outcome.MessageRef);
        Assert.Equal("header", (string?)message.Blocks![0]!["type"]);
        var call = Assert.Single(api.CallsTo("chat.postMessage"));
        Assert.Equal(FakeSlackApi.BotToken, call.Token);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Empty(api.Violations);
    }

    [Fact]
    public async Task SendAsync_NotInPublicChannel_JoinsAndRetriesOnce()
    {
        api.Workspace.AddChannel("C0PUBLIC", isMember: false);

        var outcome = await Channel.SendAsync(Address("C0PUBLIC"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        Assert.Single(api.CallsTo("conversations.join"));
        Assert.Equal(2, api.CallsTo("chat.postMessage").Count());
        Assert.Single(api.Workspace.MessagesIn("C0PUBLIC"));
        Assert.Empty(api.Violations);
    }

    [Fact]
    public async Task SendAsync_NotInChannelAfterJoin_IsGoneWithoutLooping()
    {
        api.Workspace.AddChannel("C0STUBBORN", isMember: false);
        api.Enqueue("chat.postMessage", FakeSlackReply.Fail("not_in_channel"));
        api.Enqueue("chat.postMessage", FakeSlackReply.Fail("not_in_channel"));

        var outcome = await Channel.SendAsync(Address("C0STUBBORN"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChannelGone, outcome.Status);
        Assert.Equal(2, api.CallsTo("chat.postMessage").Count());
        Assert.Single(api.CallsTo("conversations.join"));
    }

    [Fact]
    public async Task SendAsync_PrivateChannelNotJoinable_IsGoneWithReason()
    {
        api.Workspace.AddChannel("G0PRIVATE", isMember: false, isPrivate: true);

        var outcome = await Channel.SendAsync(Address("G0PRIVATE"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChannelGone, outcome.Status);
        Assert.Contains("channel_not_found", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ChannelNotFound_IsGone()
    {
        var outcome = await Channel.SendAsync(Address("C0NOWHERE"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChannelGone, outcome.Status);
        Assert.Equal("slack: channel_not_found", outcome.Reason);
        Assert.True(Status.Enabled);
    }

    [Fact]
    public async Task SendAsync_ArchivedChannel_IsGone()
    {
        api.Workspace.AddChannel("C0OLD", isArchived: true);

        var outcome = await Channel.SendAsync(Address("C0OLD"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(DeliveryStatus.ChannelGone, null, null, "slack: is_archived"), outcome);
    }

    [Fact]
    public async Task SendAsync_RateLimited_MakesOneAttemptAndReturnsRetryWithTheWait()
    {
        api.Workspace.AddChannel("C0BUSY");
        api.Enqueue("chat.postMessage", FakeSlackReply.RateLimited(TimeSpan.FromSeconds(2)));

        var outcome = await Channel.SendAsync(Address("C0BUSY"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), outcome.RetryAfter);
        Assert.Single(api.CallsTo("chat.postMessage"));
        Assert.Empty(api.Workspace.MessagesIn("C0BUSY"));
    }

    [Fact]
    public async Task SendAsync_ServerError_MakesOneAttemptAndLeavesTheRetryToTheOutbox()
    {
        api.Workspace.AddChannel("C0FLAKY");
        api.Enqueue("chat.postMessage", FakeSlackReply.ServerError(503));

        var outcome = await Channel.SendAsync(Address("C0FLAKY"), SampleAlerts.Casualties(), "k1", CancellationToken.None);
        var retried = await Channel.SendAsync(Address("C0FLAKY"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.Equal(DeliveryStatus.Delivered, retried.Status);
        Assert.Equal(2, api.CallsTo("chat.postMessage").Count());
        Assert.Single(api.Workspace.MessagesIn("C0FLAKY"));
    }

    [Fact]
    public async Task SendAsync_InvalidAuth_IsTokenDeadAndStopsAllSlackTraffic()
    {
        api.Workspace.AddChannel("C0ONE");
        api.Workspace.AddChannel("C0TWO");
        api.Enqueue("chat.postMessage", FakeSlackReply.Fail("invalid_auth"));

        var first = await Channel.SendAsync(Address("C0ONE"), SampleAlerts.Casualties(), "k1", CancellationToken.None);
        var second = await Channel.SendAsync(Address("C0TWO"), SampleAlerts.Casualties(), "k2", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.TokenDead("slack: invalid_auth"), first);
        Assert.Equal(DeliveryStatus.TokenDead, second.Status);
        Assert.Single(api.CallsTo("chat.postMessage"));
        Assert.False(Status.Enabled);
        Assert.StartsWith("stopped: invalid_auth", Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msg_too_long")]
    [InlineData("invalid_blocks")]
    public async Task SendAsync_MessageRefused_IsRejectedAndChannelKept(string error)
    {
        api.Workspace.AddChannel("C0ALERTS");
        api.Enqueue("chat.postMessage", FakeSlackReply.Fail(error));

        var outcome = await Channel.SendAsync(Address("C0ALERTS"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Rejected($"slack: {error}"), outcome);
        Assert.True(Status.Enabled);
    }

    [Fact]
    public async Task SendAsync_TwoMessagesSameChannel_SecondWaitsOneSecond()
    {
        api.Workspace.AddChannel("C0ALERTS");

        await Channel.SendAsync(Address("C0ALERTS"), SampleAlerts.Casualties(), "k1", CancellationToken.None);
        var afterFirst = time.GetUtcNow();
        await Channel.SendAsync(Address("C0ALERTS"), SampleAlerts.Casualties(), "k2", CancellationToken.None);

        Assert.True(time.GetUtcNow() - afterFirst >= TimeSpan.FromSeconds(1), "paced one message per second per channel");
        Assert.Equal(2, api.Workspace.MessagesIn("C0ALERTS").Count);
    }

    [Fact]
    public async Task EditAsync_PostedMessage_UpdatesItInPlace()
    {
        api.Workspace.AddChannel("C0ALERTS");
        var posted = await Channel.SendAsync(Address("C0ALERTS"), SampleAlerts.Casualties(), "k1", CancellationToken.None);
        var edited = SampleAlerts.Casualties() with { Title = "NIS: about 300 killed (also reported by Reuters)" };

        var outcome = await Channel.EditAsync(Address("C0ALERTS"), posted.MessageRef!, edited, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered(posted.MessageRef), outcome);
        var message = Assert.Single(api.Workspace.MessagesIn("C0ALERTS"));
        Assert.Equal("NIS: about 300 killed (also reported by Reuters)", (string?)message.Blocks![0]!["text"]!["text"]);
        Assert.Equal(posted.MessageRef, (string?)Assert.Single(api.CallsTo("chat.update")).Arguments["ts"]);
        Assert.Empty(api.Violations);
    }

    [Fact]
    public async Task EditAsync_UnknownTs_IsRejected()
    {
        api.Workspace.AddChannel("C0ALERTS");

        var outcome = await Channel.EditAsync(Address("C0ALERTS"), "1.000001", SampleAlerts.Casualties(), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Rejected("slack: message_not_found"), outcome);
    }

    [Fact]
    public async Task SendAsync_WithChart_UploadsFileIntoChannel()
    {
        api.Workspace.AddChannel("C0ALERTS");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var document = SampleAlerts.Casualties() with { Attachment = new MessageAttachment("killed.png", "image/png", png) };

        var outcome = await Channel.SendAsync(Address("C0ALERTS"), document, "k1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        var upload = Assert.Single(api.Workspace.Uploads.Values);
        Assert.Equal(png, upload.Content);
        Assert.Equal("C0ALERTS", upload.Channel);
        Assert.False(upload.SentAuthorization, "the upload URL is the credential; the bot token stays with slack.com");
        Assert.Equal([upload.FileId], api.Workspace.Channel("C0ALERTS").SharedFileIds);
        Assert.Empty(api.Violations);
    }

    [Fact]
    public async Task SendAsync_OtherPlatformAddress_IsRejectedWithoutCallingSlack()
    {
        var outcome = await Channel.SendAsync(new ChannelAddress("discord", "1", "2"), SampleAlerts.Casualties(), "k1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Rejected, outcome.Status);
        Assert.Empty(api.Calls);
    }

    private static ChannelAddress Address(string channel) => new("slack", FakeSlackApi.TeamId, channel);
}
