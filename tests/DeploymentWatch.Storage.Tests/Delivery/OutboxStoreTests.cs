using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Delivery;

public abstract class OutboxStoreTests : StorageTestBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private IOutboxStore Store => Storage.Get<IOutboxStore>();

    private DateTimeOffset Now => Storage.Time.GetUtcNow();

    [Fact]
    public async Task ClaimDueAsync_MixedDueTimes_ClaimsDueOnesOldestFirst()
    {
        await Store.EnqueueAsync(
        [
            TestData.Entry("later", TestData.Ops, Now.AddMinutes(5)),
            TestData.Entry("second", TestData.Ops, Now.AddMinutes(-1)),
            TestData.Entry("first", TestData.Ops, Now.AddMinutes(-2)),
            TestData.Entry("now", TestData.Ops, Now),
        ], CancellationToken.None);

        var claimed = await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None);

        Assert.Equal(["first", "second", "now"], claimed.Select(e => e.Key));
        Assert.All(claimed, e => Assert.True(e.Id > 0));
    }

    [Fact]
    public async Task ClaimDueAsync_Limit_ClaimsAtMostLimit()
    {
        await Store.EnqueueAsync([.. Enumerable.Range(0, 5).Select(i => TestData.Entry("k" + i, TestData.Ops, Now))], CancellationToken.None);

        var claimed = await Store.ClaimDueAsync(Now, 2, Lease, "me", CancellationToken.None);

        Assert.Equal(2, claimed.Count);
    }

    [Fact]
    public async Task ClaimDueAsync_DuringLease_DoesNotClaimAgain()
    {
        await Store.EnqueueAsync([TestData.Entry("k", TestData.Ops, Now)], CancellationToken.None);
        await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None);
        Storage.Time.Advance(Lease - TimeSpan.FromSeconds(1));

        var again = await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None);

        Assert.Empty(again);
    }

    [Fact]
    public async Task ClaimDueAsync_LeaseExpiredAfterCrash_ClaimsAgain()
    {
        await Store.EnqueueAsync([TestData.Entry("k", TestData.Ops, Now)], CancellationToken.None);
        var first = Assert.Single(await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None));
        // The claimer "crashed": it never reports. Once the lease has run out the entry is due again.
        Storage.Time.Advance(Lease);

        var again = await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None);

        Assert.Equal(first.Id, Assert.Single(again).Id);
        Assert.Equal(0, first.Attempts);
    }

    [Fact]
    public async Task ClaimDueAsync_Document_RoundTripsWithoutAttachment()
    {
        var entry = TestData.Entry("k", TestData.Discord, TestData.T0, "a1") with { EditsAlertId = "a0", Attempts = 2 };
        var withChart = entry with
        {
            Document = entry.Document with { Attachment = new MessageAttachment("chart.png", "image/png", new byte[] { 1, 2, 3 }) },
        };
        await Store.EnqueueAsync([withChart], CancellationToken.None);

        var claimed = Assert.Single(await Store.ClaimDueAsync(TestData.T0, 10, Lease, "me", CancellationToken.None));

        Assert.Equivalent(entry with { Id = claimed.Id }, claimed, strict: true);
        Assert.Null(claimed.Document.Attachment);
    }

    [Fact]
    public async Task EnqueueAsync_KeyExists_SkipsTheDuplicate()
    {
        await Store.EnqueueAsync([TestData.Entry("k", TestData.Ops, Now)], CancellationToken.None);

        await Store.EnqueueAsync([TestData.Entry("k", TestData.Discord, Now), TestData.Entry("k2", TestData.Ops, Now)], CancellationToken.None);

        var claimed = await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None);
        Assert.Equal([("k", TestData.Ops), ("k2", TestData.Ops)], claimed.Select(e => (e.Key, e.Channel)));
    }

    [Fact]
    public async Task ReleaseAsync_AttemptAndWait_CountsOnlyTheAttemptAndKeepsThePlace()
    {
        await Store.EnqueueAsync([TestData.Entry("k1", TestData.Ops, Now), TestData.Entry("k2", TestData.Ops, Now.AddSeconds(1))], CancellationToken.None);
        var claimed = await Store.ClaimDueAsync(Now.AddSeconds(1), 10, Lease, "me", CancellationToken.None);

        await Store.ReleaseAsync(claimed[0].Id, "429 retry after 30 s", CancellationToken.None);
        await Store.ReleaseAsync(claimed[1].Id, null, CancellationToken.None);

        var again = await Store.ClaimDueAsync(Now.AddSeconds(1), 10, Lease, "me", CancellationToken.None);
        Assert.Equal(["k1", "k2"], again.Select(e => e.Key));
        Assert.Equal([1, 0], again.Select(e => e.Attempts));
        Assert.Equal([Now, Now.AddSeconds(1)], again.Select(e => e.DueAt));
    }

    [Fact]
    public async Task MarkDeliveredAsync_Delivered_NotPendingAndMessageRefFound()
    {
        await Store.EnqueueAsync(
            [TestData.Entry("a1:ops", TestData.Ops, Now, "a1"), TestData.Entry("a1:discord", TestData.Discord, Now, "a1")],
            CancellationToken.None);
        var claimed = await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None);

        await Store.MarkDeliveredAsync(claimed.Single(e => e.Key == "a1:discord").Id, "msg-789", Now, CancellationToken.None);

        Assert.Equal(1, await Store.CountPendingAsync(CancellationToken.None));
        Assert.Equal("msg-789", await Store.FindMessageRefAsync("a1", TestData.Discord, CancellationToken.None));
        Assert.Null(await Store.FindMessageRefAsync("a1", TestData.Ops, CancellationToken.None));
        Storage.Time.Advance(Lease);
        Assert.Equal(["a1:ops"], (await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None)).Select(e => e.Key));
    }

    [Fact]
    public async Task FindMessageRefAsync_EditDelivered_ReturnsTheOriginalPost()
    {
        var edit = TestData.Entry("a2:edit", TestData.Discord, Now, "a1") with { EditsAlertId = "a1" };
        await Store.EnqueueAsync([TestData.Entry("a1:discord", TestData.Discord, Now, "a1"), edit], CancellationToken.None);
        foreach (var entry in await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None))
        {
            await Store.MarkDeliveredAsync(entry.Id, entry.Key == "a1:discord" ? "post-1" : "edit-ref", Now, CancellationToken.None);
        }

        Assert.Equal("post-1", await Store.FindMessageRefAsync("a1", TestData.Discord, CancellationToken.None));
    }

    [Fact]
    public async Task MarkFailedAsync_Entry_NeverClaimedAgain()
    {
        await Store.EnqueueAsync([TestData.Entry("k", TestData.Ops, Now)], CancellationToken.None);
        var entry = Assert.Single(await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None));

        await Store.MarkFailedAsync(entry.Id, "unknown channel", CancellationToken.None);
        Storage.Time.Advance(TimeSpan.FromDays(1));

        Assert.Empty(await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None));
        Assert.Equal(0, await Store.CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CancelPendingAsync_Channel_CancelsOnlyThatChannelsPendingEntries()
    {
        await Store.EnqueueAsync(
        [
            TestData.Entry("ops-1", TestData.Ops, Now),
            TestData.Entry("ops-2", TestData.Ops, Now.AddHours(1)),
            TestData.Entry("discord-1", TestData.Discord, Now),
        ], CancellationToken.None);

        await Store.CancelPendingAsync(TestData.Ops, "unsubscribed", CancellationToken.None);

        Assert.Equal(1, await Store.CountPendingAsync(CancellationToken.None));
        var claimed = await Store.ClaimDueAsync(Now.AddDays(1), 10, Lease, "me", CancellationToken.None);
        Assert.Equal(["discord-1"], claimed.Select(e => e.Key));
    }

    [Fact]
    public async Task ReleaseAsync_AfterCancel_StaysCancelled()
    {
        await Store.EnqueueAsync([TestData.Entry("k", TestData.Ops, Now)], CancellationToken.None);
        var entry = Assert.Single(await Store.ClaimDueAsync(Now, 10, Lease, "me", CancellationToken.None));
        await Store.CancelPendingAsync(TestData.Ops, "unsubscribed", CancellationToken.None);

        await Store.ReleaseAsync(entry.Id, "timeout", CancellationToken.None);

        Assert.Equal(0, await Store.CountPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ClaimDueAsync_ConcurrentClaimers_NeverShareAnEntry()
    {
        const int total = 60;
        await Store.EnqueueAsync([.. Enumerable.Range(0, total).Select(i => TestData.Entry("k" + i, TestData.Ops, Now))], CancellationToken.None);
        var now = Now;

        async Task<List<long>> ClaimUntilEmptyAsync(string claimant)
        {
            var mine = new List<long>();
            IReadOnlyList<OutboxEntry> batch;
            do
            {
                batch = await Store.ClaimDueAsync(now, 4, Lease, claimant, CancellationToken.None);
                mine.AddRange(batch.Select(e => e.Id));
            }
            while (batch.Count > 0);
            return mine;
        }

        var claimers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => ClaimUntilEmptyAsync("c" + i))));
        var all = claimers.SelectMany(ids => ids).ToList();

        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(total, all.Count);
    }

    public sealed class Sqlite : OutboxStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : OutboxStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
