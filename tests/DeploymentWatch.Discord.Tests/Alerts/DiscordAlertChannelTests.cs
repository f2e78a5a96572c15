using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Discord;

namespace DeploymentWatch.Discord.Tests.Alerts;

/// <summary>Delivery through the fake Discord, which checks every body against the official spec and the limits.</summary>
public class DiscordAlertChannelTests
{
    private const string Guild = "900000000000000001";

    [Fact]
    public async Task SendAsync_AlertsToSeveralChannels_DeliversEachExactlyOnce()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        var channels = new[] { "700000000000000001", "700000000000000002", "700000000000000003" };

        var outcomes = await Task.WhenAll(channels.SelectMany(c => Enumerable.Range(1, 6).Select(i =>
            session.Channel.SendAsync(Address(c), SampleDocuments.Alert(i), $"alert-{i}/{c}", CancellationToken.None))));

        Assert.All(outcomes, o => Assert.Equal(DeliveryStatus.Delivered, o.Status));
        Assert.All(channels, c => Assert.Equal(6, session.Fake.MessagesIn(c).Select(m => m.Nonce).Distinct().Count()));
        Assert.Equal(18, session.Fake.AllMessages.Count);
        Assert.Empty(session.Fake.Violations);
    }

    [Fact]
    public async Task SendAsync_SameIdempotencyKeyTwice_PostsOnceAndReturnsTheSameMessage()
    {
        await using var session = await DiscordFakeSession.StartAsync();

        var first = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);
        var second = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);

        Assert.Equal(first.MessageRef, second.MessageRef);
        Assert.Single(session.Fake.AllMessages);
    }

    [Fact]
    public async Task SendAsync_ResponseLostAfterDiscordStoredTheMessage_RetryDoesNotPostTwice()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        session.Fake.Script(FakeDiscordFault.AcceptedThenServerError(), "700000000000000001");
        session.Fake.Script(FakeDiscordFault.AcceptedThenDropped(), "700000000000000002");

        var lost = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);
        var dropped = await session.Channel.SendAsync(Address("700000000000000002"), SampleDocuments.Alert(), "alert-1b", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, lost.Status);
        Assert.Equal(DeliveryStatus.Delivered, dropped.Status);
        Assert.Single(session.Fake.MessagesIn("700000000000000001"));
        Assert.Single(session.Fake.MessagesIn("700000000000000002"));
        Assert.Equal(4, session.Fake.RequestCount);
    }

    [Fact]
    public async Task SendAsync_RateLimited_WaitsRetryAfterAndDelivers()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        session.Fake.Script(FakeDiscordFault.RateLimited(0.2), "700000000000000001");

        var outcome = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        Assert.Single(session.Fake.AllMessages);
        Assert.Equal(1, session.Fake.RateLimitedCount);
    }

    [Fact]
    public async Task SendAsync_ServerErrors_AreRetriedUntilDelivered()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        session.Fake.Script(FakeDiscordFault.ServerError(503), "700000000000000001", times: 2);

        var outcome = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        Assert.Equal(3, session.Fake.RequestCount);
        Assert.Single(session.Fake.AllMessages);
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnEveryAttempt_HandsTheAlertBackToTheOutbox()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        session.Fake.Script(FakeDiscordFault.ServerError(500), "700000000000000001", times: 10);

        var outcome = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.RetryLater, outcome.Status);
        Assert.NotNull(outcome.RetryAfter);
        Assert.Empty(session.Fake.AllMessages);
    }

    [Fact]
    public async Task SendAsync_UnknownChannel_IsGoneWithTheReason()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        session.Fake.AddUnknownChannel("700000000000000009");

        var outcome = await session.Channel.SendAsync(Address("700000000000000009"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChannelGone, outcome.Status);
        Assert.Contains("10003", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50001)]
    [InlineData(50013)]
    public async Task SendAsync_MissingAccessOrPermissions_IsGone(int code)
    {
        await using var session = await DiscordFakeSession.StartAsync();
        session.Fake.ForbidChannel("700000000000000009", code);

        var outcome = await session.Channel.SendAsync(Address("700000000000000009"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChannelGone, outcome.Status);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_InvalidToken_IsTokenDeadAndStopsAllDiscordTraffic()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        session.Fake.RevokeToken();

        var first = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);
        var later = await session.Channel.SendAsync(Address("700000000000000002"), SampleDocuments.Alert(), "alert-2", CancellationToken.None);

        Assert.Equal(DeliveryStatus.TokenDead, first.Status);
        Assert.Equal(DeliveryStatus.TokenDead, later.Status);
        Assert.Equal(1, session.Fake.RequestCount);
        Assert.False(session.Status.Enabled);
        Assert.StartsWith("stopped: 401", session.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_InvalidFormBody_IsRejected()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        session.Fake.Script(FakeDiscordFault.Error(400, 50035, "Invalid Form Body"), "700000000000000001");

        var outcome = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Rejected, outcome.Status);
        Assert.Contains("50035", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_HostileAndOversizedFeedText_IsAcceptedByTheSpecAndPingsNoOne()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        var huge = string.Concat(Enumerable.Repeat("@everyone <@&123> **x** 👍🏽 ", 800));
        var document = new MessageDocument(huge, huge, Enumerable.Range(0, 30).Select(_ => new MessageField(huge, huge)).ToList(), Footer: huge);

        var outcome = await session.Channel.SendAsync(Address("700000000000000001"), document, "alert-1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        Assert.Empty(session.Fake.Violations);
        var payload = session.Fake.AllMessages.Single().Payload;
        Assert.Equal(0, payload.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(payload.TryGetProperty("content", out _));
    }

    [Fact]
    public async Task SendAsync_WithChart_UploadsItAsMultipartAndShowsItInTheEmbed()
    {
        await using var session = await DiscordFakeSession.StartAsync();

        var outcome = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.WithChart(), "alert-1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, outcome.Status);
        var message = session.Fake.AllMessages.Single();
        var file = Assert.Single(message.Files);
        Assert.Equal(("files[0]", "killed_chart.png", "image/png"), (file.FieldName, file.FileName, file.ContentType));
        Assert.Equal(SampleDocuments.WithChart().Attachment!.Content.ToArray(), file.Content);
        Assert.Equal("attachment://killed_chart.png", message.FirstEmbed.GetProperty("image").GetProperty("url").GetString());
        Assert.Empty(session.Fake.Violations);
    }

    [Fact]
    public async Task EditAsync_PostedAlert_ReplacesItsEmbed()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        var posted = await session.Channel.SendAsync(Address("700000000000000001"), SampleDocuments.WithChart(), "alert-1", CancellationToken.None);

        var edited = await session.Channel.EditAsync(Address("700000000000000001"), posted.MessageRef!, SampleDocuments.Alert() with { Title = "Also reported by Reuters" }, CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, edited.Status);
        Assert.Equal(posted.MessageRef, edited.MessageRef);
        var message = session.Fake.AllMessages.Single();
        Assert.Equal("Also reported by Reuters", message.FirstEmbed.GetProperty("title").GetString());
        Assert.Equal(0, message.Payload.GetProperty("attachments").GetArrayLength());
        Assert.Equal(1, session.Fake.EditCount);
        Assert.Empty(session.Fake.Violations);
    }

    [Fact]
    public async Task EditAsync_MessageDeletedMeanwhile_IsRejectedNotGone()
    {
        await using var session = await DiscordFakeSession.StartAsync();

        var outcome = await session.Channel.EditAsync(Address("700000000000000001"), "1300000000000099999", SampleDocuments.Alert(), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Rejected, outcome.Status);
        Assert.Contains("10008", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ChannelIdThatIsNotASnowflake_IsGoneWithoutARequest()
    {
        await using var session = await DiscordFakeSession.StartAsync();

        var outcome = await session.Channel.SendAsync(Address("../../users/@me"), SampleDocuments.Alert(), "alert-1", CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChannelGone, outcome.Status);
        Assert.Equal(0, session.Fake.RequestCount);
    }

    private static ChannelAddress Address(string channel) => new("discord", Guild, channel);
}
