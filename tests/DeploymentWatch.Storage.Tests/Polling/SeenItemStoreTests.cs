using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Polling;

public abstract class SeenItemStoreTests : StorageTestBase
{
    private ISeenItemStore Store => Storage.Get<ISeenItemStore>();

    [Fact]
    public async Task TryMarkSeenAsync_NewItem_ReturnsTrueAndIsSeen()
    {
        var marked = await Store.TryMarkSeenAsync("feed", "id-1", "title one", TestData.T0, CancellationToken.None);

        Assert.True(marked);
        Assert.True(await Store.IsSeenAsync("feed", "id-1", "title one", CancellationToken.None));
    }

    [Fact]
    public async Task TryMarkSeenAsync_SameId_ReturnsFalse()
    {
        await Store.TryMarkSeenAsync("feed", "id-1", "title one", TestData.T0, CancellationToken.None);

        var marked = await Store.TryMarkSeenAsync("feed", "id-1", "another title", TestData.T0, CancellationToken.None);

        Assert.False(marked);
        Assert.Equal(1, await Storage.CountAsync("seen_items"));
    }

    [Fact]
    public async Task TryMarkSeenAsync_SameTitleKeyNewId_ReturnsFalse()
    {
        await Store.TryMarkSeenAsync("feed", "id-1", "title one", TestData.T0, CancellationToken.None);

        var marked = await Store.TryMarkSeenAsync("feed", "rotated-guid", "title one", TestData.T0, CancellationToken.None);

        Assert.False(marked);
    }

    [Fact]
    public async Task IsSeenAsync_EitherKeyMatches_ReturnsTrue()
    {
        await Store.TryMarkSeenAsync("feed", "id-1", "title one", TestData.T0, CancellationToken.None);

        Assert.True(await Store.IsSeenAsync("feed", "id-1", "changed title", CancellationToken.None));
        Assert.True(await Store.IsSeenAsync("feed", "id-2", "title one", CancellationToken.None));
        Assert.False(await Store.IsSeenAsync("feed", "id-2", "title two", CancellationToken.None));
    }

    [Fact]
    public async Task IsSeenAsync_OtherFeed_ReturnsFalse()
    {
        await Store.TryMarkSeenAsync("feed-a", "id-1", "title one", TestData.T0, CancellationToken.None);

        Assert.False(await Store.IsSeenAsync("feed-b", "id-1", "title one", CancellationToken.None));
        Assert.True(await Store.TryMarkSeenAsync("feed-b", "id-1", "title one", TestData.T0, CancellationToken.None));
    }

    [Fact]
    public async Task TryMarkSeenAsync_BlankTitleKeys_DedupByIdOnly()
    {
        Assert.True(await Store.TryMarkSeenAsync("feed", "id-1", "", TestData.T0, CancellationToken.None));

        Assert.True(await Store.TryMarkSeenAsync("feed", "id-2", " ", TestData.T0, CancellationToken.None));
        Assert.False(await Store.IsSeenAsync("feed", "id-3", "", CancellationToken.None));
        Assert.False(await Store.TryMarkSeenAsync("feed", "id-1", "", TestData.T0, CancellationToken.None));
    }

    [Fact]
    public async Task TryMarkSeenAsync_ConcurrentSameItem_ExactlyOneWins()
    {
        var attempts = Enumerable.Range(0, 8)
            .Select(i => Store.TryMarkSeenAsync("feed", "id-" + i, "the same title", TestData.T0, CancellationToken.None));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, won => won);
        Assert.Equal(1, await Storage.CountAsync("seen_items"));
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
