using DeploymentWatch.TestKit.Repository;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Folders;
using DeploymentWatch.TestKit.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Feeds.Tests.Folders;

public sealed class FolderFeedSourceTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task FetchAsync_SeedsFolder_FetchesFiveItems()
    {
        var result = await FetchAsync(RepositoryPaths.Seeds);

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(5, result.Items.Count);
        Assert.DoesNotContain(result.Items, i => i.ItemGuid is "gold.yaml" or "index.yaml");
        Assert.Equal(new DateTimeOffset(2024, 12, 23, 0, 0, 0, TimeSpan.Zero), result.Items[0].Published);
    }

    [Fact]
    public async Task FetchAsync_MissingFolder_FailsFolderNotFound()
    {
        var missing = Path.Combine(folder.Path, "no-such-corpus");

        var result = await FetchAsync(missing);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal($"folder not found: {missing}", result.Error);
    }

    [Fact]
    public async Task FetchAsync_MalformedIndex_FailsNamingFile()
    {
        folder.Write("a.txt", "Text.");
        folder.Write("index.yaml", "articles: {file: a.txt\n");

        var result = await FetchAsync(folder.Path);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Contains("index.yaml at line ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_FolderOverTheSizeCap_FailsAsAWholeReadWould()
    {
        folder.Write("a.txt", "North Korean troops were seen near Kursk, the spy agency said.");
        await using var services = FeedsTestServices.Build(("Feeds:MaxBytes", "16"));
        var source = services.GetRequiredService<FolderFeedSource>();
        var feed = FeedsTestServices.Feed(folder.Path);

        var (opened, error) = await source.OpenAsync(folder.Path, feed, CancellationToken.None);
        var whole = await source.FetchAsync(folder.Path, feed, CancellationToken.None);

        Assert.Null(opened);
        Assert.Equal($"folder larger than 16 bytes of articles: {folder.Path}", error);
        Assert.Equal(error, whole.Error);
    }

    [Fact]
    public async Task OpenAsync_Seeds_ListsTheArticlesForReadingInRuns()
    {
        await using var services = FeedsTestServices.Build();
        var source = services.GetRequiredService<FolderFeedSource>();

        var (opened, error) = await source.OpenAsync(RepositoryPaths.Seeds, FeedsTestServices.Feed(RepositoryPaths.Seeds), CancellationToken.None);

        Assert.Null(error);
        Assert.NotNull(opened);
        Assert.Equal(5, opened.Count);
        Assert.Equal(RepositoryPaths.Seeds, opened.Path);
    }

    private static async Task<FeedFetchResult> FetchAsync(string source)
    {
        await using var services = FeedsTestServices.Build();
        return await services.GetRequiredService<IFeedReader>().FetchAsync(FeedsTestServices.Feed(source), FeedState.New("test-feed"), CancellationToken.None);
    }
}
