using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Fakes;
using Moq;

namespace DeploymentWatch.Application.Tests.Delivery;

/// <summary>The outbox owns retries: waiting is not an attempt, a busy channel is paused once, nothing is dropped for waiting.</summary>
public class OutboxRetryPolicyTests
{
    private static readonly DeliveryOptions NoDigests = new() { MergeBacklog = false };

    [Fact]
    public async Task DispatchAsync_ChannelAnswersLaterFor14Cycles_LosesNothingAndSendsEachEntryOnce()
    {
        var store = new InMemoryStore();
        var entries = new List<OutboxEntry>();
        for (var i = 0; i < 20; i++)
        {
            entries.Add(await OutboxFixtures.QueueAlertAsync(store, Pipeline.Ops, i, "casualties", Pipeline.Start));
        }

        var sends = 0;
        var channel = OutboxFixtures.Channel(() => ++sends <= 14
            ? DeliveryOutcome.Retry(TimeSpan.FromSeconds(30), "429 rate limited")
            : DeliveryOutcome.Delivered("m" + sends));
        var pipeline = new Pipeline(store, deliveryOptions: NoDigests, deliverTo: channel.Object);

        for (var cycle = 0; cycle < 14; cycle++)
        {
            var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
            Assert.Equal(new DispatchSummary(0, 20, 0, 0), sent);
            pipeline.Time.Advance(NoDigests.MaxPause + TimeSpan.FromSeconds(1));
        }

        var last = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(20, last.Delivered);
        Assert.All(store.Outbox, r => Assert.Equal("delivered", r.Status));
        channel.VerifySends(entries[0].Key, Times.Exactly(15));
        foreach (var entry in entries.Skip(1))
        {
            channel.VerifySends(entry.Key, Times.Once());
        }
    }

    [Fact]
    public async Task DispatchAsync_BusyChannel_KeepsOnePauseRowAndCountsNoAttemptForTheWaitingEntries()
    {
        var store = new InMemoryStore();
        for (var i = 0; i < 20; i++)
        {
            await OutboxFixtures.QueueAlertAsync(store, Pipeline.Ops, i, "casualties", Pipeline.Start);
        }

        var channel = OutboxFixtures.Channel(() => DeliveryOutcome.Retry(TimeSpan.FromSeconds(30), "503 unavailable"));
        var pipeline = new Pipeline(store, deliveryOptions: NoDigests, deliverTo: channel.Object);
        for (var cycle = 0; cycle < 3; cycle++)
        {
            await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
            pipeline.Time.Advance(NoDigests.MaxPause);
        }

        var pause = Assert.Single(store.Pauses);
        Assert.Equal(Pipeline.Ops, pause.Channel);
        Assert.Equal("503 unavailable", pause.Reason);
        Assert.All(store.Outbox, r => Assert.Equal("pending", r.Status));
        Assert.Equal(3, store.Outbox[0].Entry.Attempts);
        Assert.All(store.Outbox.Skip(1), r => Assert.Equal(0, r.Entry.Attempts));
    }

    [Fact]
    public async Task DispatchAsync_ChannelPaused_NeverCallsTheAdapter()
    {
        var store = new InMemoryStore();
        await OutboxFixtures.QueueAlertAsync(store, Pipeline.Ops, 1, "casualties", Pipeline.Start);
        await store.PauseAsync(new ChannelPause(Pipeline.Ops, Pipeline.Start.AddMinutes(5), "429"), CancellationToken.None);
        var channel = OutboxFixtures.Channel(() => DeliveryOutcome.Delivered("m1"));
        var pipeline = new Pipeline(store, deliverTo: channel.Object);

        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(0, sent.Delivered);
        channel.VerifyNoSend();
        Assert.Equal("pending", Assert.Single(store.Outbox).Status);
    }

    [Fact]
    public async Task DispatchAsync_TopicMutedWhileTheEntryWaited_NeverCallsTheAdapterAndSaysWhy()
    {
        var setup = new Pipeline();
        await setup.Run("subscribe casualties");
        await setup.Run("mute casualties 6h");
        await setup.Dispatcher.DispatchAsync(CancellationToken.None);
        await OutboxFixtures.QueueAlertAsync(setup.Store, Pipeline.Ops, 1, "casualties", Pipeline.Start);
        var channel = OutboxFixtures.Channel(() => DeliveryOutcome.Delivered("m1"));
        var pipeline = new Pipeline(setup.Store, setup.Time, deliverTo: channel.Object);

        await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        channel.VerifyNoSend();
        var row = Assert.Single(setup.Store.Outbox, r => r.Entry.AlertId == "a-0001");
        Assert.Equal("cancelled", row.Status);
        Assert.Equal("muted: casualties", row.LastError);
    }

    [Fact]
    public async Task DispatchAsync_TokenDead_PausesThePlatformOnceAndDeliversEverythingWhenItIsBack()
    {
        var store = new InMemoryStore();
        var channels = Enumerable.Range(1, 3).Select(i => new ChannelAddress("console", "local", "c" + i)).ToArray();
        for (var i = 0; i < channels.Length; i++)
        {
            await OutboxFixtures.QueueAlertAsync(store, channels[i], i, "casualties", Pipeline.Start);
        }

        var dead = true;
        var channel = OutboxFixtures.Channel(() => dead ? DeliveryOutcome.TokenDead("401 invalid token") : DeliveryOutcome.Delivered("m"));
        var pipeline = new Pipeline(store, deliveryOptions: NoDigests, deliverTo: channel.Object);

        await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        var pause = Assert.Single(store.Pauses, p => p.Until > pipeline.Time.GetUtcNow());
        Assert.True(pause.IsPlatformWide);
        Assert.Equal(0, (await pipeline.Dispatcher.DispatchAsync(CancellationToken.None)).Delivered);
        Assert.All(store.Outbox, r => Assert.Equal("pending", r.Status));
        Assert.All(channels, c => Assert.Null(store.GetAsync(c, CancellationToken.None).Result?.DisabledReason));

        dead = false;
        pipeline.Time.Advance(NoDigests.TokenPause);
        Assert.Equal(3, (await pipeline.Dispatcher.DispatchAsync(CancellationToken.None)).Delivered);
    }

    [Fact]
    public async Task DispatchAsync_ClaimOfADeadProcess_IsReclaimedAfterTheShortLease()
    {
        var store = new InMemoryStore();
        var entry = await OutboxFixtures.QueueAlertAsync(store, Pipeline.Ops, 1, "casualties", Pipeline.Start);
        await store.ClaimDueAsync(Pipeline.Start, 10, new DeliveryOptions().ClaimLease, "crashed-process", CancellationToken.None);
        var channel = OutboxFixtures.Channel(() => DeliveryOutcome.Delivered("m1"));
        var pipeline = new Pipeline(store, deliverTo: channel.Object);

        Assert.Equal(0, (await pipeline.Dispatcher.DispatchAsync(CancellationToken.None)).Delivered);
        pipeline.Time.Advance(new DeliveryOptions().ClaimLease);
        Assert.Equal(1, (await pipeline.Dispatcher.DispatchAsync(CancellationToken.None)).Delivered);
        channel.VerifySends(entry.Key, Times.Once());
    }

    [Fact]
    public async Task Status_ChannelPausedAndAMessageRefused_SaysBoth()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
        await OutboxFixtures.QueueAlertAsync(pipeline.Store, Pipeline.Ops, 1, "casualties", Pipeline.Start);
        await OutboxFixtures.QueueAlertAsync(pipeline.Store, Pipeline.Ops, 2, "casualties", Pipeline.Start);
        pipeline.Channel.Script(DeliveryOutcome.Rejected("400 invalid form body"), DeliveryOutcome.Retry(TimeSpan.FromMinutes(2), "429 rate limited"));
        await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        var status = await pipeline.Run("status");

        Assert.Equal("until 2025-01-24 09:02 UTC: 429 rate limited. Waiting alerts are kept.", status.Message.Fields.Single(f => f.Name == "Paused").Value);
        Assert.Equal("400 invalid form body", status.Message.Fields.Single(f => f.Name == "Last refused message").Value);
    }

    [Theory]
    [InlineData(null, 0, 1)]
    [InlineData(30, 0, 30)]
    [InlineData(2, 3, 20)]
    [InlineData(30, 30, 3600)]
    public void For_RetryAfterAndAttempts_TakesTheLongerCappedAtTheMaximum(int? retryAfterSeconds, int attempts, int expectedSeconds)
    {
        var retryAfter = retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), PausePolicy.For(retryAfter, attempts, TimeSpan.FromHours(1)));
    }
}
