using System.Globalization;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Fakes;
using Moq;

namespace DeploymentWatch.Application.Tests.Delivery;

/// <summary>Alerts queued straight into the outbox (as the planner stores them), and a Moq channel for interaction checks.</summary>
internal static class OutboxFixtures
{
    public static async Task<OutboxEntry> QueueAlertAsync(InMemoryStore store, ChannelAddress channel, int n, string topic, DateTimeOffset at)
    {
        var id = "a-" + n.ToString("D4", CultureInfo.InvariantCulture);
        var link = new Uri("https://example.com/" + id);
        var alert = new Alert(id, "news", "i" + id, "Alert " + id, "Example News", link, at, [topic], ["Summary."], ["troops"], [], at);
        var document = new MessageDocument(alert.Title, "Summary.", [], link, Footer: "Example News · 24 Jan 2025");
        var entry = OutboxEntry.Post(id, channel, document, at);
        await store.SaveAsync(alert, [], [entry], CancellationToken.None);
        return store.Outbox.Single(r => r.Entry.Key == entry.Key).Entry;
    }

    public static Mock<IAlertChannel> Channel(Func<DeliveryOutcome> send, string platform = "console")
    {
        var channel = new Mock<IAlertChannel>(MockBehavior.Strict);
        channel.SetupGet(c => c.Platform).Returns(platform);
        channel.Setup(c => c.SendAsync(It.IsAny<ChannelAddress>(), It.IsAny<MessageDocument>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(send);
        return channel;
    }

    public static void VerifySends(this Mock<IAlertChannel> channel, string key, Times times) =>
        channel.Verify(c => c.SendAsync(It.IsAny<ChannelAddress>(), It.IsAny<MessageDocument>(), key, It.IsAny<CancellationToken>()), times);

    public static void VerifyNoSend(this Mock<IAlertChannel> channel) =>
        channel.Verify(c => c.SendAsync(It.IsAny<ChannelAddress>(), It.IsAny<MessageDocument>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
}
