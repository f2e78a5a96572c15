using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Fakes;

namespace DeploymentWatch.Application.Tests.Delivery;

public class OutboxDispatcherTests
{
    [Fact]
    public async Task DispatchAsync_CrashBeforeDelivery_DeliversExactlyOnceAfterRestart()
    {
        var store = new InMemoryStore();
        var before = new Pipeline(store);
        await before.Run("subscribe");
        await before.Dispatcher.DispatchAsync(CancellationToken.None);
        before.Reader.Serve("news", Pipeline.Casualties());

        // The alert and its outbox entry are stored, then the process dies before the dispatcher runs.
        await before.Poller.PollAsync([Pipeline.Feed()], ignoreSchedule: true, CancellationToken.None);
        Assert.DoesNotContain(before.Channel.Posted, p => p.Message.Title.Contains("losses", StringComparison.Ordinal));

        var after = new Pipeline(store, before.Time, before.Channel);
        await after.Dispatcher.DispatchAsync(CancellationToken.None);
        await after.Dispatcher.DispatchAsync(CancellationToken.None);
        Assert.Single(after.Channel.Posted, p => p.Message.Title.Contains("losses", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchAsync_CrashAfterThePlatformAccepted_ResendsWithTheSameKeyAndPostsOnce()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        await pipeline.Poller.PollAsync([Pipeline.Feed()], ignoreSchedule: true, CancellationToken.None);

        pipeline.Channel.CrashAfterNextSend = true;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.Dispatcher.DispatchAsync(new CancellationToken(canceled: true)));

        // The claim's lease runs out; the entry is sent again with its key and the platform dedups it.
        pipeline.Time.Advance(new DeliveryOptions().ClaimLease + TimeSpan.FromSeconds(1));
        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        Assert.Equal(1, sent.Delivered);
        Assert.Single(pipeline.Channel.Posted, p => p.Message.Title.Contains("losses", StringComparison.Ordinal));
        Assert.All(pipeline.Store.Outbox, r => Assert.Equal("delivered", r.Status));
    }

    [Fact]
    public async Task DispatchAsync_RateLimited_RetriesAfterTheWaitWithoutLosingTheMessage()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        pipeline.Channel.Script(DeliveryOutcome.Retry(TimeSpan.FromSeconds(30), "429 rate limited"));
        var first = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        Assert.Equal(1, first.Retried);
        Assert.Empty(pipeline.Channel.Posted);

        pipeline.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, (await pipeline.Dispatcher.DispatchAsync(CancellationToken.None)).Delivered);
        pipeline.Time.Advance(TimeSpan.FromSeconds(25));
        Assert.Equal(1, (await pipeline.Dispatcher.DispatchAsync(CancellationToken.None)).Delivered);
        Assert.Single(pipeline.Channel.Posted);
    }

    [Fact]
    public async Task DispatchAsync_ChannelGone_DisablesItAndOtherChannelsStillGetTheAlert()
    {
        var pipeline = new Pipeline();
        var other = new ChannelAddress("console", "local", "other");
        await pipeline.Run("subscribe");
        await pipeline.Run("subscribe", other);
        await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        await pipeline.Poller.PollAsync([Pipeline.Feed()], ignoreSchedule: true, CancellationToken.None);

        pipeline.Channel.Script(DeliveryOutcome.Gone("10003 Unknown Channel"));
        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        Assert.Equal(1, sent.ChannelsDisabled);
        Assert.Equal(1, sent.Delivered);
        var subscriptions = new[] { await pipeline.Store.GetAsync(Pipeline.Ops, CancellationToken.None), await pipeline.Store.GetAsync(other, CancellationToken.None) };
        Assert.Single(subscriptions, s => s!.DisabledReason == "10003 Unknown Channel");
        var posted = Assert.Single(pipeline.Channel.Posted, p => p.Message.Title.Contains("losses", StringComparison.Ordinal));
        Assert.Null((await pipeline.Store.GetAsync(posted.Channel, CancellationToken.None))!.DisabledReason);
    }

    [Fact]
    public async Task DispatchAsync_NoChannelForThePlatform_PausesThePlatformAndKeepsTheEntry()
    {
        var pipeline = new Pipeline(channel: new RecordingChannel("discord"));
        await pipeline.Run("subscribe");
        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        Assert.Equal(1, sent.Retried);
        Assert.Contains(pipeline.Store.Outbox, r => r.Status == "pending" && r.LastError!.Contains("no 'console' channel", StringComparison.Ordinal));
        Assert.True(Assert.Single(pipeline.Store.Pauses).IsPlatformWide);
    }

    [Fact]
    public async Task DispatchAsync_PermanentRejection_FailsOnlyThatMessageWithItsReason()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        pipeline.Channel.Script(DeliveryOutcome.Rejected("400 invalid form body"));
        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        Assert.Equal(1, sent.Failed);
        Assert.Contains(pipeline.Store.Outbox, r => r.Status == "failed" && r.LastError == "400 invalid form body");
        Assert.NotNull(await pipeline.Store.GetAsync(Pipeline.Ops, CancellationToken.None));
        Assert.Null((await pipeline.Store.GetAsync(Pipeline.Ops, CancellationToken.None))!.DisabledReason);
    }
}
