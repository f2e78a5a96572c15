using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Polling;

public abstract class FeedStateStoreTests : StorageTestBase
{
    private IFeedStateStore Store => Storage.Get<IFeedStateStore>();

    [Fact]
    public async Task GetAsync_UnknownFeed_ReturnsNewState()
    {
        var state = await Store.GetAsync("nowhere", CancellationToken.None);

        Assert.Equal(FeedState.New("nowhere"), state);
    }

    [Fact]
    public async Task SaveAsync_EveryField_RoundTrips()
    {
        var state = new FeedState("yonhap", "\"etag-1\"", "Mon, 23 Nov 2026 16:00:00 GMT", "sha256:abc", 3,
            TestData.T0.AddMinutes(30), TestData.T0, "HTTP 503");

        await Store.SaveAsync(state, CancellationToken.None);

        Assert.Equal(state, await Store.GetAsync("yonhap", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_SecondSave_ReplacesTheFirst()
    {
        await Store.SaveAsync(new FeedState("yonhap", "a", "b", "c", 2, TestData.T0, TestData.T0, "boom"), CancellationToken.None);
        var healthy = new FeedState("yonhap", null, null, "d", 0, null, TestData.T0.AddHours(1), null);

        await Store.SaveAsync(healthy, CancellationToken.None);

        Assert.Equal(healthy, await Store.GetAsync("yonhap", CancellationToken.None));
        Assert.Equal(1, await Storage.CountAsync("feed_state"));
    }

    public sealed class Sqlite : FeedStateStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : FeedStateStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
