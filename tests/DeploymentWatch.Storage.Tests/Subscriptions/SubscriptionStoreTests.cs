using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Subscriptions;

public abstract class SubscriptionStoreTests : StorageTestBase
{
    private ISubscriptionStore Store => Storage.Get<ISubscriptionStore>();

    [Fact]
    public async Task UpsertAsync_New_RoundTrips()
    {
        var subscription = new Subscription(TestData.Discord, new HashSet<string> { "deployment", "casualties" }, DeliveryMode.Daily, 7, TestData.T0);

        await Store.UpsertAsync(subscription, CancellationToken.None);

        var stored = await Store.GetAsync(TestData.Discord, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(subscription.Channel, stored.Channel);
        Assert.Equal(["casualties", "deployment"], stored.Topics.Order(StringComparer.Ordinal));
        Assert.Equal((DeliveryMode.Daily, 7, TestData.T0, (string?)null), (stored.Mode, stored.DigestHour, stored.CreatedAt, stored.DisabledReason));
    }

    [Fact]
    public async Task UpsertAsync_DisabledChannelResubscribes_ReplacesAndReEnables()
    {
        await Store.UpsertAsync(new Subscription(TestData.Ops, new HashSet<string>(), DeliveryMode.Realtime, 0, TestData.T0), CancellationToken.None);
        await Store.DisableAsync(TestData.Ops, "missing access", CancellationToken.None);

        await Store.UpsertAsync(new Subscription(TestData.Ops, new HashSet<string> { "captured" }, DeliveryMode.Realtime, 0, TestData.T0), CancellationToken.None);

        var stored = await Store.GetAsync(TestData.Ops, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.False(stored.IsDisabled);
        Assert.Equal(["captured"], stored.Topics);
        Assert.Single(await Store.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DisableAsync_Subscription_KeptButNotActive()
    {
        await Store.UpsertAsync(new Subscription(TestData.Ops, new HashSet<string>(), DeliveryMode.Realtime, 0, TestData.T0), CancellationToken.None);
        await Store.UpsertAsync(new Subscription(TestData.Discord, new HashSet<string>(), DeliveryMode.Realtime, 0, TestData.T0), CancellationToken.None);

        await Store.DisableAsync(TestData.Discord, "unknown channel", CancellationToken.None);

        Assert.Equal([TestData.Ops], (await Store.ListActiveAsync(CancellationToken.None)).Select(s => s.Channel));
        Assert.Equal("unknown channel", (await Store.GetAsync(TestData.Discord, CancellationToken.None))?.DisabledReason);
    }

    [Fact]
    public async Task RemoveAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        await Store.UpsertAsync(new Subscription(TestData.Ops, new HashSet<string>(), DeliveryMode.Realtime, 0, TestData.T0), CancellationToken.None);

        Assert.True(await Store.RemoveAsync(TestData.Ops, CancellationToken.None));
        Assert.False(await Store.RemoveAsync(TestData.Ops, CancellationToken.None));
        Assert.Null(await Store.GetAsync(TestData.Ops, CancellationToken.None));
    }

    public sealed class Sqlite : SubscriptionStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : SubscriptionStoreTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
