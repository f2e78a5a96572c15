using DeploymentWatch.TestKit.Repository;
using DeploymentWatch.Feeds.Folders;
using DeploymentWatch.TestKit.Feeds;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Tests.Folders;

public sealed class ArticleFolderReaderTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly RecordingLogger<ArticleFolderReader> logger = new();
    private readonly ArticleFolderReader reader;

    public ArticleFolderReaderTests() => reader = new(Options.Create(new FeedsOptions()), logger);

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ReadAsync_Seeds_GivesFiveArticlesWithIndexDates()
    {
        var items = await reader.ReadAsync(RepositoryPaths.Seeds, null, CancellationToken.None);

        Assert.Equal(
            ["000_e34054a2cc8f99e7.txt", "001_db523159589ddc85.txt", "002_8c5b2bb81c5bac92.txt", "003_89e7a9b70262659d.txt", "004_7b0e9a8535a782d9.txt"],
            items.Select(i => i.ItemGuid));
        Assert.Equal(
            [Utc(2024, 12, 23), Utc(2025, 1, 24), Utc(2025, 1, 24), Utc(2025, 1, 24), Utc(2024, 10, 31)],
            items.Select(i => i.Published));
        Assert.All(items, i => Assert.Null(i.Title));
        Assert.All(items, i => Assert.Null(i.Outlet));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "000_e34054a2cc8f99e7.txt")), items[0].Content);
    }

    [Fact]
    public async Task ReadAsync_GoldYamlBeside_IsNeverRead()
    {
        folder.Write("a.txt", "North Korean troops were seen near Kursk.");
        folder.Write("gold.yaml", "articles: [ {file: : : this is not yaml");

        var items = await reader.ReadAsync(folder.Path, null, CancellationToken.None);

        Assert.Equal("a.txt", Assert.Single(items).ItemGuid);
    }

    [Fact]
    public async Task ReadAsync_HeaderBlock_GivesMetadataAndTextWithoutHeader()
    {
        folder.Write("b.txt", "title: Seoul says more troops coming\nurl: https://news.example.org/b\noutlet: Example News\npublished: 2025-01-24\n---\nThe JCS said on Friday.\n");
        folder.Write("a.txt", "Plain text article.");

        var items = await reader.ReadAsync(folder.Path, "Folder outlet", CancellationToken.None);

        Assert.Equal(["a.txt", "b.txt"], items.Select(i => i.ItemGuid));
        var withHeader = items[1];
        Assert.Equal("Seoul says more troops coming", withHeader.Title);
        Assert.Equal("https://news.example.org/b", withHeader.Link);
        Assert.Equal("Example News", withHeader.Outlet);
        Assert.Equal(Utc(2025, 1, 24), withHeader.Published);
        Assert.Equal("The JCS said on Friday.\n", withHeader.Content);
        Assert.Equal("Folder outlet", items[0].Outlet);
        Assert.Null(items[0].Title);
    }

    [Fact]
    public async Task ReadAsync_HeaderWithoutClosingLine_WholeFileIsText()
    {
        const string text = "title: Not really a header\nNorth Korea sent troops.\n";
        folder.Write("a.txt", text);

        var item = Assert.Single(await reader.ReadAsync(folder.Path, null, CancellationToken.None));

        Assert.Null(item.Title);
        Assert.Equal(text, item.Content);
    }

    [Fact]
    public async Task ReadAsync_CrlfHeader_IsRead()
    {
        folder.Write("a.txt", "Title: Windows line endings\r\nPublished: 2024-10-31T08:00:00+09:00\r\n---\r\nBody.\r\n");

        var item = Assert.Single(await reader.ReadAsync(folder.Path, null, CancellationToken.None));

        Assert.Equal("Windows line endings", item.Title);
        Assert.Equal(new DateTimeOffset(2024, 10, 30, 23, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal("Body.\r\n", item.Content);
    }

    [Fact]
    public async Task ReadAsync_FirstLineWithUnknownKeyBeforeRule_IsText()
    {
        const string text = "Update: Seoul revised the figure.\n---\nNorth Korea sent troops.\n";
        folder.Write("a.txt", text);

        var item = Assert.Single(await reader.ReadAsync(folder.Path, null, CancellationToken.None));

        Assert.Equal(text, item.Content);
    }

    [Theory]
    [InlineData("someday")]
    [InlineData("unknown")]
    [InlineData("2025-02-30")]
    public async Task ReadAsync_HeaderDateUnreadable_WarnsNamingFileAndLineAndKeepsTheArticleUndated(string date)
    {
        var path = folder.Write("a.txt", $"title: T\npublished: {date}\nurl: https://news.example.org/a\n---\nText.");
        folder.Write("b.txt", "title: U\npublished: 2025-01-24\n---\nMore.");

        var items = await reader.ReadAsync(folder.Path, null, CancellationToken.None);

        Assert.Equal(2, items.Count);
        Assert.Equal(("T", "https://news.example.org/a", "Text.", (DateTimeOffset?)null), (items[0].Title, items[0].Link, items[0].Content, items[0].Published));
        Assert.Equal(Utc(2025, 1, 24), items[1].Published);
        var warning = Assert.Single(logger.Warnings);
        Assert.StartsWith($"{path} line 2: published \"{date}\" is not a date", warning, StringComparison.Ordinal);
        Assert.EndsWith("the article is undated", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_HeaderAndIndex_HeaderWinsFieldByField()
    {
        folder.Write("a.txt", "title: From the header\n---\nText.");
        folder.Write("index.yaml", "articles:\n  - {file: a.txt, title: From the index, outlet: Index Outlet, published: 2024-10-31}\n");

        var item = Assert.Single(await reader.ReadAsync(folder.Path, null, CancellationToken.None));

        Assert.Equal("From the header", item.Title);
        Assert.Equal("Index Outlet", item.Outlet);
        Assert.Equal(Utc(2024, 10, 31), item.Published);
        Assert.Equal("Text.", item.Content);
    }

    [Fact]
    public async Task ReadAsync_MalformedIndex_ThrowsNamingFileAndLine()
    {
        folder.Write("a.txt", "Text.");
        folder.Write("index.yaml", "articles:\n  - {file: a.txt, published: 2024-12-23\n  - file: b.txt\n");

        var error = await Assert.ThrowsAsync<ArticleFolderException>(() => reader.ReadAsync(folder.Path, null, CancellationToken.None));

        Assert.StartsWith($"malformed {Path.Combine(folder.Path, "index.yaml")} at line 3: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_IndexDateUnreadable_WarnsWithItsLineAndKeepsTheArticle()
    {
        folder.Write("a.txt", "Text.");
        folder.Write("index.yaml", "articles:\n  - file: a.txt\n    title: Kept\n    published: last tuesday\n");

        var item = Assert.Single(await reader.ReadAsync(folder.Path, null, CancellationToken.None));

        Assert.Equal(("Kept", (DateTimeOffset?)null), (item.Title, item.Published));
        Assert.StartsWith($"{Path.Combine(folder.Path, "index.yaml")} line 4: published \"last tuesday\" is not a date", Assert.Single(logger.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_IndexListsMissingFile_ThrowsWithItsLine()
    {
        folder.Write("a.txt", "Text.");
        folder.Write("index.yaml", "articles:\n  - {file: a.txt}\n  - {file: typo.txt}\n");

        var error = await Assert.ThrowsAsync<ArticleFolderException>(() => reader.ReadAsync(folder.Path, null, CancellationToken.None));

        Assert.Equal($"malformed {Path.Combine(folder.Path, "index.yaml")} at line 3: \"typo.txt\" is not in the folder", error.Message);
    }

    [Fact]
    public async Task ReadAsync_MissingFolder_ThrowsFolderNotFound()
    {
        var missing = Path.Combine(folder.Path, "nowhere");

        var error = await Assert.ThrowsAsync<ArticleFolderException>(() => reader.ReadAsync(missing, null, CancellationToken.None));

        Assert.Equal($"folder not found: {missing}", error.Message);
    }

    [Fact]
    public async Task ReadAsync_ManyFilesWithWarnings_ReportsThemInFileOrder()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"{i:D3}.txt").ToArray();
        foreach (var name in names)
        {
            folder.Write(name, $"published: never {name}\n---\nNorth Korean troops near Kursk.");
        }

        var items = await reader.ReadAsync(folder.Path, null, CancellationToken.None);

        Assert.Equal(names, items.Select(i => i.ItemGuid));
        Assert.Equal(names, logger.Warnings.Select(w => Path.GetFileName(w[..w.IndexOf(" line ", StringComparison.Ordinal)])));
    }

    [Fact]
    public async Task ReadAsync_SeveralFilesTooLarge_FailsOnTheFirstInFileOrder()
    {
        using var small = new TemporaryFolder();
        var limited = new ArticleFolderReader(Options.Create(new FeedsOptions { MaxBytes = 10 }));
        for (var i = 0; i < 50; i++)
        {
            small.Write($"{i:D2}.txt", i is 17 or 31 or 44 ? "an article over ten bytes" : "short");
        }

        var error = await Assert.ThrowsAsync<ArticleFolderException>(() => limited.ReadAsync(small.Path, null, CancellationToken.None));

        Assert.Contains("17.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ReadInRuns_GivesEachRunsItemsAndWarningsInFileOrder()
    {
        var names = Enumerable.Range(0, 10).Select(i => $"{i:D2}.txt").ToArray();
        foreach (var name in names)
        {
            folder.Write(name, $"published: never {name}\n---\nNorth Korean troops near Kursk.");
        }

        var opened = await reader.OpenAsync(folder.Path, "Wire", CancellationToken.None);
        var first = opened.Read(0, 4, CancellationToken.None);
        var warnedAfterFirst = logger.Warnings.Count;
        var rest = opened.Read(4, 6, CancellationToken.None);

        Assert.Equal(10, opened.Count);
        Assert.Equal(names[..4], first.Select(i => i.ItemGuid));
        Assert.Equal(names[4..], rest.Select(i => i.ItemGuid));
        Assert.Equal(4, warnedAfterFirst);
        Assert.Equal(names, logger.Warnings.Select(w => Path.GetFileName(w[..w.IndexOf(" line ", StringComparison.Ordinal)])));
        Assert.All(first.Concat(rest), i => Assert.Equal("Wire", i.Outlet));
    }

    [Fact]
    public async Task OpenAsync_FileGoneBeforeItsRun_ThatRunFailsNamingIt()
    {
        folder.Write("a.txt", "North Korean troops near Kursk.");
        folder.Write("b.txt", "North Korean troops near Kursk.");
        var opened = await reader.OpenAsync(folder.Path, null, CancellationToken.None);
        File.Delete(Path.Combine(folder.Path, "b.txt"));

        var first = opened.Read(0, 1, CancellationToken.None);
        var error = Assert.Throws<ArticleFolderException>(() => opened.Read(1, 1, CancellationToken.None));

        Assert.Equal("a.txt", Assert.Single(first).ItemGuid);
        Assert.StartsWith($"cannot read {folder.Path}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("b.txt", error.Message, StringComparison.Ordinal);
    }

    private static DateTimeOffset? Utc(int year, int month, int day) => new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
