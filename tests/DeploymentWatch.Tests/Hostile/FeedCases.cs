using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds;
using DeploymentWatch.TestKit.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Tests.Hostile;

/// <summary>
/// A feed case: the file is a body served by a loopback feed host (Content-Type, gzip, a redirect, a streamed size
/// as the .expect says) and read through the real feed reader; then the outcome, items and reason are checked.
/// </summary>
internal static class FeedCases
{
    public static async Task RunAsync(string input, CaseExpectation expect)
    {
        await using var server = await LoopbackFeedServer.StartAsync();
        server.Serve("/case", Response(await File.ReadAllBytesAsync(input), expect));
        var result = await FetchAsync(server.Url("/case").AbsoluteUri, expect);
        Check(result, expect);
        if (expect.Flag("no-request"))
        {
            Assert.Empty(server.Requests);
        }
    }

    /// <summary>An article file, alone in a folder source.</summary>
    public static async Task RunArticleAsync(string input, CaseExpectation expect)
    {
        using var folder = new TemporaryFolder();
        File.Copy(input, Path.Combine(folder.Path, Path.GetFileName(input)));
        var result = await FetchAsync(folder.Path, expect);
        Check(result, expect);
        if (expect["published"] is { } published)
        {
            var item = Assert.Single(result.Items);
            Assert.Equal(published, item.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none");
        }
    }

    private static LoopbackFeedResponse Response(byte[] body, CaseExpectation expect)
    {
        if (expect["redirect"] is { } location)
        {
            return LoopbackFeedResponse.RedirectTo(location);
        }

        if (expect.Number("stream-bytes") is { } streamed)
        {
            return LoopbackFeedResponse.Huge(streamed, expect.Flag("announce-length"));
        }

        return new LoopbackFeedResponse
        {
            Body = body,
            ContentType = expect["content-type"] ?? "application/rss+xml",
            Gzip = expect.Flag("gzip"),
            StatusCode = expect.Number("status") ?? 200,
        };
    }

    private static async Task<FeedFetchResult> FetchAsync(string source, CaseExpectation expect)
    {
        var settings = new Dictionary<string, string?>
        {
            // The host is loopback; the guarded cases run with the shipped default.
            ["Feeds:AllowPrivateAddresses"] = expect.Flag("guarded") || expect["allow-address"] is not null ? "false" : "true",
            ["Feeds:AllowedPrivateAddresses:0"] = expect["allow-address"],
            ["Feeds:MaxBytes"] = expect["max-bytes"],
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Where(s => s.Value is not null)).Build();
        await using var services = new ServiceCollection().AddLogging().AddFeeds(configuration).BuildServiceProvider();
        var feed = new FeedDefinition("corpus", source, null, null, null);
        return await services.GetRequiredService<IFeedReader>().FetchAsync(feed, FeedState.New("corpus"), CancellationToken.None);
    }

    private static void Check(FeedFetchResult result, CaseExpectation expect)
    {
        var outcome = expect["outcome"] ?? throw new InvalidOperationException("a feed case needs 'outcome: fetched|failed'");
        Assert.True(string.Equals(outcome, result.Status.ToString(), StringComparison.OrdinalIgnoreCase), $"expected {outcome}, got {result.Status}: {result.Error}");
        HostileCorpusTests.AssertNoControlCharacters(result.Error, "the reason");
        foreach (var part in expect.All("error"))
        {
            Assert.Contains(part, result.Error ?? string.Empty, StringComparison.Ordinal);
        }

        if (expect.Number("items") is { } count)
        {
            Assert.Equal(count, result.Items.Count);
        }

        foreach (var item in result.Items)
        {
            HostileCorpusTests.AssertNoControlCharacters(item.Title, "a title");
            HostileCorpusTests.AssertNoControlCharacters(item.Outlet, "an outlet");
            HostileCorpusTests.AssertNoControlCharacters(item.Link, "a link");
            HostileCorpusTests.AssertNoControlCharacters(ArticleBuilder.Build(new FeedDefinition("corpus", "x", null, null, null), item).Text, "the text");
        }

        var first = result.Items.Count > 0 ? result.Items[0] : null;
        foreach (var part in expect.All("title"))
        {
            Assert.Contains(part, first?.Title ?? string.Empty, StringComparison.Ordinal);
        }

        foreach (var part in expect.All("text"))
        {
            Assert.Contains(part, first is null ? string.Empty : ArticleBuilder.Build(new FeedDefinition("corpus", "x", null, null, null), first).Text, StringComparison.Ordinal);
        }

        if (expect["link"] is { } link)
        {
            Assert.Equal(link == "none" ? null : link, first?.Link);
        }

        if (expect["link-suffix"] is { } suffix)
        {
            Assert.EndsWith(suffix, first?.Link ?? string.Empty, StringComparison.Ordinal);
        }

        foreach (var part in expect.All("text-excludes"))
        {
            Assert.DoesNotContain(part, first is null ? string.Empty : ArticleBuilder.Build(new FeedDefinition("corpus", "x", null, null, null), first).Text, StringComparison.Ordinal);
        }

        if (expect.Number("max-text") is { } maxText && first is not null)
        {
            Assert.InRange(ArticleBuilder.Build(new FeedDefinition("corpus", "x", null, null, null), first).Text.Length, 1, maxText);
        }
    }
}
