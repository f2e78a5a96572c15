using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Subscriptions;

public abstract class MuteStoreTests : StorageTestBase
{
    private IMuteStore Store => Storage.Get<IMuteStore>();

    [Fact]
    public async Task AddAsync_AllTopicsTwice_ReplacesTheFirst()
    {
        await Store.AddAsync(new Mute(TestData.Ops, null, TestData.T0.AddHours(1)), CancellationToken.None);

        await Store.AddAsync(new Mute(TestData.Ops, null, TestData.T0.AddHours(8)), CancellationToken.None);

        var active = await Store.ListActiveAsync(TestData.Ops, TestData.T0, CancellationToken.None);
        Assert.Equal(new Mute(TestData.Ops, null, TestData.T0.AddHours(8)), Assert.Single(active));
    }

    [Fact]
    public async Task AddAsync_SameTopicOtherCase_ReplacesAndKeepsAllTopicsMuteApart()
    {
        await Store.AddAsync(new Mute(TestData.Ops, null, null), CancellationToken.None);
        await Store.AddAsync(new Mute(TestData.Ops, "casualties", TestData.T0.AddHours(1)), CancellationToken.None);

        await Store.AddAsync(new Mute(TestData.Ops, "Casualties", null), CancellationToken.None);

        var active = await Store.ListActiveAsync(TestData.Ops, TestData.T0, CancellationToken.None);
        Assert.Equal([new Mute(TestData.Ops, null, null), new Mute(TestData.Ops, "Casualties", null)], active);
    }

    [Fact]
    public async Task ListActiveAsync_Expiry_ExcludesMutesThatEnded()
    {
        await Store.AddAsync(new Mute(TestData.Ops, "ended", TestData.T0), CancellationToken.None);
        await Store.AddAsync(new Mute(TestData.Ops, "running", TestData.T0.AddTicks(10)), CancellationToken.None);
        await Store.AddAsync(new Mute(TestData.Ops, "forever", null), CancellationToken.None);

        var active = await Store.ListActiveAsync(TestData.Ops, TestData.T0, CancellationToken.None);

        Assert.Equal(["forever", "running"], active.Select(m => m.Topic));
    }

    [Fact]
    public async Task ListActiveAsync_NoChannel_ListsEveryChannel()
    {
        await Store.AddAsync(new Mute(TestData.Ops, null, null), CancellationToken.None);
        await Store.AddAsync(new Mute(TestData.Discord, "troops", null), CancellationToken.None);

        var active = await Store.ListActiveAsync(null, TestData.T0, CancellationToken.None);
        var discordOnly = await Store.ListActiveAsync(TestData.Discord, TestData.T0, CancellationToken.None);

        Assert.Equal(2, active.Count);
        Assert.Equal(new Mute(TestData.Discord, "troops", null), Assert.Single(discordOnly));
    }

    [Fact]
    public async Task RemoveAsync_TopicThenNull_RemovesOneThenEveryMuteOfTheChannel()
    {
        await Store.AddAsync(new Mute(TestData.Ops, null, null), CancellationToken.None);
        await Store.AddAsync(new Mute(TestData.Ops, "troops", null), CancellationToken.None);
        await Store.AddAsync(new Mute(TestData.Ops, "killed", null), CancellationToken.None);
        await Store.AddAsync(new Mute(TestData.Discord, "troops", null), CancellationToken.None);

        var one = await Store.RemoveAsync(TestData.Ops, "TROOPS", CancellationToken.None);
        var rest = await Store.RemoveAsync(TestData.Ops, null, CancellationToken.None);

        Assert.Equal((1, 2), (one, rest));
        Assert.Equal([TestData.Discord], (await Store.ListActiveAsync(null, TestData.T0, CancellationToken.None)).Select(m => m.Channel));
    }

    public sealed class Sqlite : MuteStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : MuteStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
