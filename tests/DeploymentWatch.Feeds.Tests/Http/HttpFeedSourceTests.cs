using System.Text;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.TestKit.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Feeds.Tests.Http;

/// <summary>The feed reader against a real loopback Kestrel host, through the registrations the host uses.</summary>
public sealed class HttpFeedSourceTests : IAsyncLifetime
{
    private const string ETag = "\"kdw-v1\"";
    private const string LastModified = "Fri, 24 Jan 2025 00:00:00 GMT";
    private static readonly string Rss = File.ReadAllText(FeedsTestServices.Fixture("rss20.xml"));
    private LoopbackFeedServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackFeedServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task FetchAsync_Rss20_ParsesItemsAndReturnsValidatorsAndHash()
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss, ETag, LastModified));

        var result = await FetchAsync("/feed.xml", FeedState.New("test-feed"));

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(2, result.Items.Count);
        Assert.Equal(ETag, result.ETag);
        Assert.Equal(LastModified, result.LastModified);
        Assert.Matches("^[0-9a-f]{64}$", result.BodyHash);
    }

    [Fact]
    public async Task FetchAsync_AnyRequest_SendsUserAgentAcceptAndAcceptEncoding()
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss));

        await FetchAsync("/feed.xml", FeedState.New("test-feed"));

        var request = Assert.Single(server.RequestsTo("/feed.xml"));
        Assert.Equal("DeploymentWatch/1.0 (+https://github.com/deploymentwatch)", request.Header("User-Agent"));
        Assert.Contains("application/rss+xml", request.Header("Accept"), StringComparison.Ordinal);
        Assert.Contains("application/atom+xml", request.Header("Accept"), StringComparison.Ordinal);
        Assert.Contains("gzip", request.Header("Accept-Encoding"), StringComparison.Ordinal);
        Assert.Contains("br", request.Header("Accept-Encoding"), StringComparison.Ordinal);
        Assert.Null(request.Header("If-None-Match"));
    }

    [Fact]
    public async Task FetchAsync_ConfiguredUserAgent_IsSent()
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss));

        await FetchAsync("/feed.xml", FeedState.New("test-feed"), ("Feeds:UserAgent", "NewsDesk/2.0 (+mailto:desk@example.org)"));

        Assert.Equal("NewsDesk/2.0 (+mailto:desk@example.org)", Assert.Single(server.Requests).Header("User-Agent"));
    }

    [Fact]
    public async Task FetchAsync_SecondPollWithStoredValidators_SendsThemAndGetsNotModified()
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss, ETag, LastModified));
        var first = await FetchAsync("/feed.xml", FeedState.New("test-feed"));
        var state = FeedState.New("test-feed") with { ETag = first.ETag, LastModified = first.LastModified, BodyHash = first.BodyHash };

        var second = await FetchAsync("/feed.xml", state);

        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
        Assert.Empty(second.Items);
        Assert.Equal(ETag, second.ETag);
        Assert.Equal(LastModified, second.LastModified);
        Assert.Equal(first.BodyHash, second.BodyHash);
        var conditional = server.RequestsTo("/feed.xml")[1];
        Assert.Equal(ETag, conditional.Header("If-None-Match"));
        Assert.Equal(LastModified, conditional.Header("If-Modified-Since"));
    }

    [Fact]
    public async Task FetchAsync_SameBodyWithoutValidators_NotModifiedByBodyHash()
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss));
        var first = await FetchAsync("/feed.xml", FeedState.New("test-feed"));

        var second = await FetchAsync("/feed.xml", FeedState.New("test-feed") with { BodyHash = first.BodyHash });

        Assert.Equal(FeedFetchStatus.NotModified, second.Status);
        Assert.Equal(first.BodyHash, second.BodyHash);
        Assert.Equal(2, server.RequestsTo("/feed.xml").Count);
    }

    [Fact]
    public async Task FetchAsync_GzipBody_IsDecompressed()
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss) with { Gzip = true });

        var result = await FetchAsync("/feed.xml", FeedState.New("test-feed"));

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(2, result.Items.Count);
    }

    [Theory]
    [InlineData(404, "HTTP 404 Not Found")]
    [InlineData(500, "HTTP 500 Internal Server Error")]
    [InlineData(403, "HTTP 403 Forbidden")]
    public async Task FetchAsync_ErrorStatus_FailsWithStatusLine(int status, string expected)
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Status(status));

        var result = await FetchAsync("/feed.xml", FeedState.New("test-feed"));

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public async Task FetchAsync_ServerSlowerThanTimeout_FailsWithTimeout()
    {
        server.Serve("/slow.xml", LoopbackFeedResponse.Feed(Rss) with { Delay = TimeSpan.FromSeconds(30) });

        var result = await FetchAsync("/slow.xml", FeedState.New("test-feed"), ("Feeds:Timeout", "00:00:01"));

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal("timed out after 1 s", result.Error);
    }

    [Fact]
    public async Task FetchAsync_CallerCancelled_ThrowsInsteadOfFailing()
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var services = FeedsTestServices.Build();
        var reader = services.GetRequiredService<IFeedReader>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => reader.FetchAsync(FeedsTestServices.Feed(server.Url("/feed.xml").ToString()), FeedState.New("test-feed"), cancelled.Token));
    }

    [Fact]
    public async Task FetchAsync_CallerCancelsMidRequest_ThrowsRatherThanReportingTimeout()
    {
        server.Serve("/slow.xml", LoopbackFeedResponse.Feed(Rss) with { Delay = TimeSpan.FromSeconds(30) });
        using var caller = new CancellationTokenSource();
        await using var services = FeedsTestServices.Build();
        var fetch = services.GetRequiredService<IFeedReader>()
            .FetchAsync(FeedsTestServices.Feed(server.Url("/slow.xml").ToString()), FeedState.New("test-feed"), caller.Token);

        await server.FirstRequestTo("/slow.xml");
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FetchAsync_BodyOverCap_FailsWhetherOrNotLengthIsAnnounced(bool announceLength)
    {
        server.Serve("/huge.xml", LoopbackFeedResponse.Huge(4 * 1024 * 1024, announceLength));

        var result = await FetchAsync("/huge.xml", FeedState.New("test-feed"), ("Feeds:MaxBytes", "65536"));

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal("body larger than 64 KB", result.Error);
    }

    [Fact]
    public async Task FetchAsync_SmallGzipThatInflatesOverCap_Fails()
    {
        var inflated = "<rss version=\"2.0\"><channel><title>" + new string(' ', 1024 * 1024) + "</title></channel></rss>";
        server.Serve("/bomb.xml", LoopbackFeedResponse.Feed(inflated) with { Gzip = true });

        var result = await FetchAsync("/bomb.xml", FeedState.New("test-feed"), ("Feeds:MaxBytes", "65536"));

        Assert.Equal("body larger than 64 KB", result.Error);
    }

    [Fact]
    public async Task FetchAsync_Redirect_IsFollowedToTheFeed()
    {
        server.Serve("/old.xml", LoopbackFeedResponse.RedirectTo("/feed.xml", 301));
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss));

        var result = await FetchAsync("/old.xml", FeedState.New("test-feed"));

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Single(server.RequestsTo("/feed.xml"));
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_StopsAfterFiveRedirects()
    {
        server.Serve("/loop.xml", LoopbackFeedResponse.RedirectTo("/loop.xml"));

        var result = await FetchAsync("/loop.xml", FeedState.New("test-feed"));

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.StartsWith("too many redirects (more than 5); last was HTTP 302 Found", result.Error, StringComparison.Ordinal);
        Assert.Equal(6, server.RequestsTo("/loop.xml").Count);
    }

    [Fact]
    public async Task FetchAsync_RedirectsSwitchedOff_FailsSayingSo()
    {
        server.Serve("/old.xml", LoopbackFeedResponse.RedirectTo("/feed.xml", 301));
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss));

        var result = await FetchAsync("/old.xml", FeedState.New("test-feed"), ("Feeds:MaxRedirects", "0"));

        Assert.Equal("HTTP 301 Moved Permanently: redirects are switched off (Feeds:MaxRedirects = 0)", result.Error);
        Assert.Empty(server.RequestsTo("/feed.xml"));
    }

    [Fact]
    public async Task FetchAsync_RedirectToNonHttpScheme_IsRefused()
    {
        server.Serve("/moved.xml", LoopbackFeedResponse.RedirectTo("ftp://files.example.org/feed.xml"));

        var result = await FetchAsync("/moved.xml", FeedState.New("test-feed"));

        Assert.Equal("redirect to a non-HTTP address refused (ftp://files.example.org/feed.xml)", result.Error);
    }

    [Fact]
    public async Task FetchAsync_NothingListening_FailsWithConnectionRefused()
    {
        var port = UnusedLoopbackPort.Find();
        await using var services = FeedsTestServices.Build();

        var result = await services.GetRequiredService<IFeedReader>()
            .FetchAsync(FeedsTestServices.Feed($"http://127.0.0.1:{port}/feed.xml"), FeedState.New("test-feed"), CancellationToken.None);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal($"connection refused (127.0.0.1:{port})", result.Error);
    }

    [Fact]
    public async Task FetchAsync_HtmlPageInsteadOfFeed_FailsAsNotAFeed()
    {
        server.Serve("/news", LoopbackFeedResponse.Html("<!DOCTYPE html><html><head><title>News</title></head><body><p>Latest</body></html>"));

        var result = await FetchAsync("/news", FeedState.New("test-feed"));

        Assert.Equal("not a feed: got an HTML page", result.Error);
    }

    [Fact]
    public async Task FetchAsync_EmptyBody_Fails()
    {
        server.Serve("/empty.xml", new LoopbackFeedResponse());

        var result = await FetchAsync("/empty.xml", FeedState.New("test-feed"));

        Assert.Equal("empty body", result.Error);
    }

    [Fact]
    public async Task FetchAsync_BillionLaughsOverHttp_IsRefused()
    {
        server.Serve("/lol.xml", new LoopbackFeedResponse { Body = File.ReadAllBytes(FeedsTestServices.Fixture("billion-laughs.xml")) });

        var result = await FetchAsync("/lol.xml", FeedState.New("test-feed"));

        Assert.Equal("DTD/entities are not allowed in feeds", result.Error);
    }

    [Fact]
    public async Task FetchAsync_NonUtf8Body_IsDecodedFromDeclaration()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Новости</title>"
            + "<item><title>Северокорейские войска</title><guid>r1</guid></item></channel></rss>";
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        server.Serve("/ru.xml", new LoopbackFeedResponse { Body = Encoding.GetEncoding(1251).GetBytes(xml) });

        var result = await FetchAsync("/ru.xml", FeedState.New("test-feed"));

        var item = Assert.Single(result.Items);
        Assert.Equal("Северокорейские войска", item.Title);
        Assert.Equal("Новости", item.Outlet);
    }

    private async Task<FeedFetchResult> FetchAsync(string path, FeedState state, params (string Key, string Value)[] settings)
    {
        await using var services = FeedsTestServices.Build(settings);
        var reader = services.GetRequiredService<IFeedReader>();
        return await reader.FetchAsync(FeedsTestServices.Feed(server.Url(path).ToString()), state, CancellationToken.None);
    }
}
