using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Delivery;

/// <summary>Schema version 3 (SQLite) / 4 (PostgreSQL): dependencies, pauses, renewed leases and backlog merges.</summary>
public abstract class OutboxDeliveryOrderTests : StorageTestBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private IOutboxStore Store => Storage.Get<IOutboxStore>();

    private DateTimeOffset Now => Storage.Time.GetUtcNow();

    [Fact]
    public async Task ClaimDueAsync_EditDueBeforeItsRoot_WaitsUntilTheRootIsNoLongerPending()
    {
        var root = OutboxEntry.Post("a1", TestData.Discord, MessageDocument.Plain("root", "x"), Now);
        var edit = OutboxEntry.Edit("a2", "a1", TestData.Discord, MessageDocument.Plain("root", "edit"), Now.AddMinutes(-5));
        await Store.EnqueueAsync([edit, root], CancellationToken.None);

        var first = Assert.Single(await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None));
        Assert.Equal(root.Key, first.Key);
        Assert.Empty(await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None));
        await Store.MarkDeliveredAsync(first.Id, "m1", Now, CancellationToken.None);

        var second = Assert.Single(await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None));
        Assert.Equal(edit.Key, second.Key);
        Assert.Equal(root.Key, second.DependsOn);
    }

    [Fact]
    public async Task PauseAsync_ChannelPausedTwice_KeepsOneRowAndHoldsOnlyThatChannel()
    {
        await Store.EnqueueAsync([TestData.Entry("ops", TestData.Ops, Now), TestData.Entry("discord", TestData.Discord, Now)], CancellationToken.None);

        await Store.PauseAsync(new ChannelPause(TestData.Ops, Now.AddSeconds(30), "429"), CancellationToken.None);
        await Store.PauseAsync(new ChannelPause(TestData.Ops, Now.AddMinutes(2), "503"), CancellationToken.None);

        var pause = Assert.Single(await Store.ListPausesAsync(Now, CancellationToken.None));
        Assert.Equal((TestData.Ops, Now.AddMinutes(2), "503"), (pause.Channel, pause.Until, pause.Reason));
        var discord = Assert.Single(await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None));
        Assert.Equal("discord", discord.Key);
        await Store.MarkDeliveredAsync(discord.Id, "m1", Now, CancellationToken.None);
        Storage.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(["ops"], (await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None)).Select(e => e.Key));
    }

    [Fact]
    public async Task PauseAsync_WholePlatform_HoldsEveryChannelOfIt()
    {
        var other = TestData.Discord with { Channel = "999999999999999999" };
        await Store.EnqueueAsync(
            [TestData.Entry("d1", TestData.Discord, Now), TestData.Entry("d2", other, Now), TestData.Entry("ops", TestData.Ops, Now)],
            CancellationToken.None);

        await Store.PauseAsync(new ChannelPause(ChannelPause.Platform("discord"), Now.AddMinutes(15), "401"), CancellationToken.None);

        Assert.Equal(["ops"], (await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None)).Select(e => e.Key));
        Assert.True(Assert.Single(await Store.ListPausesAsync(Now, CancellationToken.None)).IsPlatformWide);
    }

    [Fact]
    public async Task RenewClaimsAsync_WhileWorking_KeepsTheClaimPastTheFirstLease()
    {
        await Store.EnqueueAsync([TestData.Entry("k", TestData.Ops, Now)], CancellationToken.None);
        await Store.ClaimDueAsync(Now, 10, Lease, "worker", CancellationToken.None);

        Storage.Time.Advance(Lease / 2);
        await Store.RenewClaimsAsync("worker", Now + Lease, CancellationToken.None);
        await Store.RenewClaimsAsync("someone-else", Now, CancellationToken.None);
        Storage.Time.Advance(Lease / 2 + TimeSpan.FromSeconds(1));

        Assert.Empty(await Store.ClaimDueAsync(Now, 10, Lease, "other", CancellationToken.None));
        Storage.Time.Advance(Lease);
        Assert.Single(await Store.ClaimDueAsync(Now, 10, Lease, "other", CancellationToken.None));
    }

    [Fact]
    public async Task MergeAsync_ClaimedBacklog_MarksMergedAndQueuesDigestsOnce()
    {
        await Store.EnqueueAsync([.. Enumerable.Range(0, 5).Select(i => TestData.Entry("k" + i, TestData.Ops, Now, "a" + i))], CancellationToken.None);
        Assert.Equal([TestData.Ops], await Store.ListBackloggedAsync(Now, 5, Now.AddHours(-1), CancellationToken.None));
        Assert.Empty(await Store.ListBackloggedAsync(Now, 6, Now.AddHours(-1), CancellationToken.None));
        var claimed = await Store.ClaimChannelAsync(TestData.Ops, Now, 100, Lease, "merger", CancellationToken.None);
        var digest = new OutboxEntry(0, "backlog|ops|1|casualties|1", TestData.Ops, MessageDocument.Plain("Catching up", "x"), null, null, 0, Now);

        Assert.False(await Store.MergeAsync([.. claimed.Select(e => e.Id)], [digest], "not-the-claimant", CancellationToken.None));
        Assert.Equal(5, await Store.CountPendingAsync(CancellationToken.None));
        Assert.True(await Store.MergeAsync([.. claimed.Select(e => e.Id)], [digest], "merger", CancellationToken.None));
        Assert.False(await Store.MergeAsync([.. claimed.Select(e => e.Id)], [digest], "merger", CancellationToken.None));

        Assert.Equal(["backlog|ops|1|casualties|1"], (await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None)).Select(e => e.Key));
    }

    [Fact]
    public async Task ListBackloggedAsync_OldQueue_IsBackloggedButNotWhilePaused()
    {
        await Store.EnqueueAsync([TestData.Entry("k1", TestData.Ops, Now, "a1"), TestData.Entry("k2", TestData.Ops, Now, "a2")], CancellationToken.None);
        Storage.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal([TestData.Ops], await Store.ListBackloggedAsync(Now, 20, Now.AddMinutes(-30), CancellationToken.None));
        await Store.PauseAsync(new ChannelPause(TestData.Ops, Now.AddMinutes(1), "429"), CancellationToken.None);
        Assert.Empty(await Store.ListBackloggedAsync(Now, 20, Now.AddMinutes(-30), CancellationToken.None));
    }

    [Fact]
    public async Task LastRefusalAsync_TwoRefused_ReturnsTheLatestReasonOfThatChannel()
    {
        await Store.EnqueueAsync(
            [TestData.Entry("k1", TestData.Ops, Now), TestData.Entry("k2", TestData.Ops, Now), TestData.Entry("k3", TestData.Discord, Now)],
            CancellationToken.None);
        var claimed = await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None);
        await Store.MarkFailedAsync(claimed[0].Id, "400 first", CancellationToken.None);
        await Store.MarkFailedAsync(claimed[1].Id, "400 second", CancellationToken.None);

        Assert.Equal("400 second", await Store.LastRefusalAsync(TestData.Ops, CancellationToken.None));
        Assert.Null(await Store.LastRefusalAsync(TestData.Discord, CancellationToken.None));
    }

    public sealed class Sqlite : OutboxDeliveryOrderTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : OutboxDeliveryOrderTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
