using DeploymentWatch.Application.Polling;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Database;

/// <summary>Times survive storage exactly (to the microsecond on both engines, to the tick on SQLite) and come back in UTC.</summary>
public abstract class TimeRoundTripTests : StorageTestBase
{
    public static TheoryData<string> Times => new()
    {
        "2026-11-23T17:00:00.1234560+00:00",
        "2026-11-24T02:00:00.0000010+09:00",
        "1999-12-31T23:59:59.9999990-05:00",
        "2099-01-01T00:00:00.0000000+00:00",
    };

    [Theory]
    [MemberData(nameof(Times))]
    public async Task SaveAsync_FeedStateTimes_RoundTripExactlyInUtc(string text)
    {
        var time = DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var store = Storage.Get<IFeedStateStore>();

        await store.SaveAsync(FeedState.New("f") with { NextAttemptAt = time, LastPolledAt = time.AddTicks(-10) }, CancellationToken.None);
        var stored = await store.GetAsync("f", CancellationToken.None);

        Assert.Equal(time.UtcTicks, stored.NextAttemptAt?.UtcTicks);
        Assert.Equal(time.AddTicks(-10).UtcTicks, stored.LastPolledAt?.UtcTicks);
        Assert.Equal(TimeSpan.Zero, stored.NextAttemptAt?.Offset);
    }

    [Fact]
    public async Task ListActiveAsync_UntilOneMicrosecondAfterNow_IsActive()
    {
        var store = Storage.Get<IMuteStore>();
        await store.AddAsync(new Mute(TestData.Ops, null, TestData.T0.AddTicks(10)), CancellationToken.None);

        Assert.Single(await store.ListActiveAsync(null, TestData.T0, CancellationToken.None));
        Assert.Empty(await store.ListActiveAsync(null, TestData.T0.AddTicks(10), CancellationToken.None));
    }

    public sealed class Sqlite : TimeRoundTripTests
    {
        [Fact]
        public async Task SaveAsync_SubMicrosecondTicks_KeptBySqlite()
        {
            var time = TestData.T0.AddTicks(7);
            var store = Storage.Get<IFeedStateStore>();

            await store.SaveAsync(FeedState.New("f") with { NextAttemptAt = time }, CancellationToken.None);

            Assert.Equal(time.UtcTicks, (await store.GetAsync("f", CancellationToken.None)).NextAttemptAt?.UtcTicks);
        }

        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : TimeRoundTripTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
