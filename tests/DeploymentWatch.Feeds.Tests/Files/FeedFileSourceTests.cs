using DeploymentWatch.Application.Polling;
using DeploymentWatch.TestKit.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Feeds.Tests.Files;

public sealed class FeedFileSourceTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task FetchAsync_LocalAtomFile_ParsesItemsWithHash()
    {
        var result = await FetchAsync(FeedsTestServices.Fixture("atom.xml"), FeedState.New("test-feed"));

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(2, result.Items.Count);
        Assert.Matches("^[0-9a-f]{64}$", result.BodyHash);
        Assert.Null(result.ETag);
    }

    [Fact]
    public async Task FetchAsync_FileUnchangedSinceLastRead_NotModified()
    {
        var path = FeedsTestServices.Fixture("rss10.rdf");
        var first = await FetchAsync(path, FeedState.New("test-feed"));

        var second = await FetchAsync(path, FeedState.New("test-feed") with { BodyHash = first.BodyHash });

        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
        Assert.Equal(first.BodyHash, second.BodyHash);
    }

    [Fact]
    public async Task FetchAsync_FileUri_ReadsTheFile()
    {
        var result = await FetchAsync(new Uri(FeedsTestServices.Fixture("rss20.xml")).AbsoluteUri, FeedState.New("test-feed"));

        Assert.Equal(2, result.Items.Count);
    }

    [Fact]
    public async Task FetchAsync_FileOverCap_Fails()
    {
        var path = folder.Write("big.xml", "<rss version=\"2.0\"><channel><title>" + new string('x', 4096) + "</title></channel></rss>");

        var result = await FetchAsync(path, FeedState.New("test-feed"), ("Feeds:MaxBytes", "1024"));

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal($"file larger than 1 KB: {path}", result.Error);
    }

    [Fact]
    public async Task FetchAsync_MissingFile_FailsNamingIt()
    {
        var path = Path.Combine(folder.Path, "gone.xml");

        var result = await FetchAsync(path, FeedState.New("test-feed"));

        Assert.Equal($"feed file not found: {path}", result.Error);
    }

    [Fact]
    public async Task FetchAsync_ExternalEntityFile_IsRefused()
    {
        var result = await FetchAsync(FeedsTestServices.Fixture("external-entity.xml"), FeedState.New("test-feed"));

        Assert.Equal("DTD/entities are not allowed in feeds", result.Error);
    }

    [Fact]
    public async Task FetchAsync_UnsupportedScheme_Fails()
    {
        var result = await FetchAsync("ftp://files.example.org/feed.xml", FeedState.New("test-feed"));

        Assert.Equal("unsupported source scheme \"ftp\" (use http, https or a local path)", result.Error);
    }

    private static async Task<FeedFetchResult> FetchAsync(string source, FeedState state, params (string Key, string Value)[] settings)
    {
        await using var services = FeedsTestServices.Build(settings);
        return await services.GetRequiredService<IFeedReader>().FetchAsync(FeedsTestServices.Feed(source), state, CancellationToken.None);
    }
}
