using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Fakes;

namespace DeploymentWatch.Application.Tests.Delivery;

/// <summary>A backlog becomes a few digests per topic: nothing lost, nothing posted twice.</summary>
public class BacklogDigestTests
{
    private static readonly string[] Topics = ["casualties", "troop-deployment", "icbm-satellite"];

    [Fact]
    public async Task DispatchAsync_500EntriesWaitedOutAnOutage_BecomeDigestsAndNoneIsLost()
    {
        var store = new InMemoryStore();
        var options = new DeliveryOptions();
        var dead = true;
        var channel = new RecordingChannel();
        var outage = new OutageChannel(channel, () => dead);
        var pipeline = new Pipeline(store, channel: channel, deliveryOptions: options, deliverTo: outage);
        await OutboxFixtures.QueueAlertAsync(store, Pipeline.Ops, 0, Topics[0], Pipeline.Start);
        await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        for (var i = 1; i < 500; i++)
        {
            pipeline.Time.Advance(TimeSpan.FromSeconds(1));
            await OutboxFixtures.QueueAlertAsync(store, Pipeline.Ops, i, Topics[i % 3], pipeline.Time.GetUtcNow());
            await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        }

        Assert.Empty(channel.Posted);
        dead = false;
        pipeline.Time.Advance(options.TokenPause);
        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(500, sent.Merged);
        Assert.Equal(0, sent.Failed);
        var alertRows = store.Outbox.Where(r => r.Entry.AlertId is not null).ToArray();
        Assert.Equal(500, alertRows.Length);
        Assert.All(alertRows, r => Assert.Equal("merged", r.Status));
        Assert.All(store.Outbox.Where(r => r.Entry.AlertId is null), r => Assert.Equal("delivered", r.Status));
        var listed = channel.Posted.SelectMany(p => p.Message.Fields.Select(f => f.Name)).ToArray();
        Assert.Equal(alertRows.Select(r => r.Entry.Document.Title).Order(), listed.Order());
        Assert.Equal(listed.Length, listed.Distinct().Count());
        Assert.Equal(channel.Posted.Count, channel.Posted.Select(p => p.Key).Distinct().Count());
        Assert.InRange(channel.Posted.Count, 3, 3 + (500 / options.DigestStories));
        Assert.All(channel.Posted, p => Assert.StartsWith("Catching up on ", p.Message.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchAsync_ShortQueueOfRecentAlerts_SendsThemOneByOne()
    {
        var pipeline = new Pipeline();
        for (var i = 0; i < 5; i++)
        {
            await OutboxFixtures.QueueAlertAsync(pipeline.Store, Pipeline.Ops, i, Topics[0], Pipeline.Start);
        }

        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(0, sent.Merged);
        Assert.Equal(5, sent.Delivered);
        Assert.All(pipeline.Channel.Posted, p => Assert.StartsWith("Alert a-", p.Message.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchAsync_OldQueue_MergesTheStoryAndItsEditsIntoOneLine()
    {
        var pipeline = new Pipeline();
        await OutboxFixtures.QueueAlertAsync(pipeline.Store, Pipeline.Ops, 1, Topics[0], Pipeline.Start);
        await OutboxFixtures.QueueAlertAsync(pipeline.Store, Pipeline.Ops, 2, Topics[1], Pipeline.Start);
        var edit = OutboxEntry.Edit("a-0003", "a-0001", Pipeline.Ops, MessageDocument.Plain("Alert a-0001 (updated)", "also reported"), Pipeline.Start);
        await pipeline.Store.EnqueueAsync([edit], CancellationToken.None);
        pipeline.Time.Advance(new DeliveryOptions().BacklogAge);

        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(3, sent.Merged);
        Assert.Equal(2, sent.Delivered);
        Assert.Empty(pipeline.Channel.Edits);
        var titles = pipeline.Channel.Posted.SelectMany(p => p.Message.Fields).Select(f => f.Name).Order().ToArray();
        Assert.Equal(["Alert a-0001 (updated)", "Alert a-0002"], titles);
    }

    [Fact]
    public void Build_SameBacklogTwice_GivesTheSameKeys()
    {
        var stories = Enumerable.Range(0, 40).Select(i => new BacklogStory(Topics[i % 2], MessageDocument.Plain("t" + i, "x"), 0)).ToArray();

        var first = BacklogDigestBuilder.Build(Pipeline.Ops, 7, stories, 15, Pipeline.Start);
        var second = BacklogDigestBuilder.Build(Pipeline.Ops, 7, stories, 15, Pipeline.Start.AddMinutes(1));

        Assert.Equal(first.Select(e => e.Key), second.Select(e => e.Key));
        Assert.Equal(4, first.Count);
        Assert.Equal(40, first.Sum(e => e.Document.Fields.Count));
    }

    /// <summary>The recording channel behind a platform that is down (its token revoked) until told otherwise.</summary>
    private sealed class OutageChannel(RecordingChannel inner, Func<bool> down) : IAlertChannel
    {
        public string Platform => inner.Platform;

        public Task<DeliveryOutcome> SendAsync(ChannelAddress channel, MessageDocument message, string idempotencyKey, CancellationToken cancellationToken) =>
            down() ? Task.FromResult(DeliveryOutcome.TokenDead("401 token revoked")) : inner.SendAsync(channel, message, idempotencyKey, cancellationToken);

        public Task<DeliveryOutcome> EditAsync(ChannelAddress channel, string messageRef, MessageDocument message, CancellationToken cancellationToken) =>
            down() ? Task.FromResult(DeliveryOutcome.TokenDead("401 token revoked")) : inner.EditAsync(channel, messageRef, message, cancellationToken);
    }
}
