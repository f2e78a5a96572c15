using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Polling;

public abstract class SeenItemStoreTests : StorageTestBase
{
    private ISeenItemStore Store => Storage.Get<ISeenItemStore>();

    [Fact]
    public async Task FindAsync_MarkedKeys_AreFoundAndOthersNot()
    {
        var item = SeenKey.ForItem("feed", "id-1");
        var title = SeenKey.ForTitle("feed", "title one")!.Value;
        await Store.MarkAsync([item, title], TestData.T0, CancellationToken.None);

        var found = await Store.FindAsync([item, title, SeenKey.ForItem("feed", "id-2"), SeenKey.ForItem("other-feed", "id-1")], CancellationToken.None);

        Assert.Equal(new HashSet<long> { item, title }, found);
    }

    [Fact]
    public async Task MarkAsync_KnownKey_KeepsOneRowAndItsTime()
    {
        var key = SeenKey.ForItem("feed", "id-1");
        await Store.MarkAsync([key], TestData.T0, CancellationToken.None);

        await Store.MarkAsync([key], TestData.T0.AddDays(1), CancellationToken.None);

        Assert.Equal(1, await Storage.CountAsync("seen_keys"));
        Assert.Equal(0, await Store.RefreshAsync([key], TestData.T0.AddDays(2), TestData.T0.AddSeconds(-1), CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_ManyKeys_AreLookedUpInChunks()
    {
        var keys = Enumerable.Range(0, 4_500).Select(i => SeenKey.ForItem("big", "item-" + i)).ToArray();
        await Store.MarkAsync(keys, TestData.T0, CancellationToken.None);

        var found = await Store.FindAsync(keys.Append(SeenKey.ForItem("big", "new")).ToArray(), CancellationToken.None);

        Assert.Equal(4_500, found.Count);
    }

    [Fact]
    public async Task RefreshAsync_OnlyStaleKeys_AreMovedForward()
    {
        var old = SeenKey.ForItem("feed", "old");
        var recent = SeenKey.ForItem("feed", "recent");
        await Store.MarkAsync([old], TestData.T0, CancellationToken.None);
        await Store.MarkAsync([recent], TestData.T0.AddDays(6), CancellationToken.None);

        var refreshed = await Store.RefreshAsync([old, recent], TestData.T0.AddDays(7), TestData.T0.AddDays(3), CancellationToken.None);

        Assert.Equal(1, refreshed);
    }

    [Fact]
    public void SeenKey_BlankTitle_HasNoKey()
    {
        Assert.Null(SeenKey.ForTitle("feed", " "));
        Assert.NotEqual(SeenKey.ForItem("feed", "x"), SeenKey.ForTitle("feed", "x"));
    }

    public sealed class Sqlite : SeenItemStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : SeenItemStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
