using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Domain.Stories;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Alerts;

/// <summary>The story fields are init-only properties of the alert, kept in its JSON payload: no column, no migration.</summary>
public abstract class AlertStoryFieldsTests : StorageTestBase
{
    private IAlertStore Store => Storage.Get<IAlertStore>();

    [Fact]
    public async Task SaveAsync_StoryMemberWithFingerprintAndHeadlines_RoundTrips()
    {
        var fingerprint = new StoryFingerprint([1u, 42u, uint.MaxValue], 3, ["killed:300-300"], ["jcs", "kursk"], ["casualties"], TestData.T0);
        var alert = TestData.Alert("a2", TestData.T0, "casualties") with
        {
            StoryId = "a1",
            Fingerprint = fingerprint,
            Headlines = ["NIS raises its estimate of North Korean soldiers killed from about 100 to about 300"],
        };

        await Store.SaveAsync(alert, [], [], CancellationToken.None);
        var read = (await Store.CreatedSinceAsync(TestData.T0, CancellationToken.None)).Single();

        Assert.Equal("a1", read.StoryId);
        Assert.Equal(alert.Headlines, read.Headlines);
        Assert.NotNull(read.Fingerprint);
        Assert.Equal(fingerprint.MinHash, read.Fingerprint.MinHash);
        Assert.Equal(fingerprint.FigureKeys, read.Fingerprint.FigureKeys);
        Assert.Equal(fingerprint.Keywords, read.Fingerprint.Keywords);
        Assert.Equal(fingerprint.Time, read.Fingerprint.Time);
        Assert.Equal(1.0, new StoryMatcher(StoryThresholds.Default).Compare(fingerprint, read.Fingerprint).Text, 3);
    }

    public sealed class Sqlite : AlertStoryFieldsTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => Task.FromResult(StorageHarness.Sqlite());
    }

    [Collection(PostgresGroup.Name)]
    public sealed class Postgres(PostgresFixture postgres) : AlertStoryFieldsTests
    {
        protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);
    }
}
