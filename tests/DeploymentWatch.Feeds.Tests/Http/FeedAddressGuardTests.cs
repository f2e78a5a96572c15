using System.Net;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Http;
using DeploymentWatch.TestKit.Feeds;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Feeds.Tests.Http;

/// <summary>The SSRF guard and the redirect rules, against a real loopback feed host, with the shipped defaults.</summary>
public sealed class FeedAddressGuardTests : IAsyncLifetime
{
    private const string Rss = "<rss version=\"2.0\"><channel><title>T</title><item><guid>g</guid><title>A</title></item></channel></rss>";
    private LoopbackFeedServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackFeedServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task FetchAsync_LoopbackFeedByDefault_IsRefusedBeforeAnyRequest()
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss));

        var result = await FetchAsync(server.Url("/feed.xml"), FeedsTestServices.BuildGuarded());

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal("refused: 127.0.0.1 is a loopback address; feeds may only reach public addresses unless Feeds:AllowPrivateAddresses is set", result.Error);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task FetchAsync_NameResolvingToLoopback_IsRefusedOnTheResolvedAddress()
    {
        var url = new Uri($"http://localhost:{server.BaseAddress.Port}/feed.xml");

        var result = await FetchAsync(url, FeedsTestServices.BuildGuarded());

        Assert.Matches("^refused: localhost resolves to a loopback address \\((127\\.0\\.0\\.1|::1)\\);", result.Error);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address;")]
    [InlineData("http://10.1.2.3/feed.xml", "refused: 10.1.2.3 is a private address;")]
    [InlineData("http://127.0.0.2:9/feed.xml", "refused: 127.0.0.2 is a loopback address;")]
    [InlineData("http://[::1]:9/feed.xml", "refused: [::1] is a loopback address;")]
    [InlineData("http://[fd00::1]/feed.xml", "refused: [fd00::1] is a private address;")]
    [InlineData("http://[::ffff:192.168.0.1]/feed.xml", "refused: [::ffff:192.168.0.1] is a private address;")]
    public async Task FetchAsync_RedirectHopToANonPublicAddress_IsRefused(string target, string expected)
    {
        server.Serve("/hop.xml", LoopbackFeedResponse.RedirectTo(target));
        await using var services = FeedsTestServices.BuildGuarded(("Feeds:AllowedPrivateAddresses:0", "127.0.0.1"));

        var result = await FetchAsync(server.Url("/hop.xml"), services);

        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(server.RequestsTo("/hop.xml"));
    }

    [Fact]
    public async Task FetchAsync_AddressTheOperatorAllowed_IsFetched()
    {
        server.Serve("/feed.xml", LoopbackFeedResponse.Feed(Rss));
        await using var services = FeedsTestServices.BuildGuarded(("Feeds:AllowedPrivateAddresses:0", "127.0.0.1"));

        var result = await FetchAsync(server.Url("/feed.xml"), services);

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Single(result.Items);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "redirect to a non-HTTP address refused (file:)")]
    [InlineData("javascript:alert(document.cookie)", "redirect to a non-HTTP address refused (javascript:)")]
    [InlineData("gopher://127.0.0.1:6379/_FLUSHALL", "redirect to a non-HTTP address refused (gopher://127.0.0.1:6379/_FLUSHALL)")]
    [InlineData("data:text/xml,<rss/>", "redirect to a non-HTTP address refused (data:)")]
    public async Task FetchAsync_RedirectToANonHttpAddress_IsRefusedSayingSo(string location, string expected)
    {
        server.Serve("/moved.xml", LoopbackFeedResponse.RedirectTo(location));

        var result = await FetchAsync(server.Url("/moved.xml"), FeedsTestServices.Build());

        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public async Task FetchAsync_RelativeRedirect_ResolvesAndSetsTheBaseForRelativeLinks()
    {
        server.Serve("/old.xml", LoopbackFeedResponse.RedirectTo("/news/feed.xml", 308));
        server.Serve("/news/feed.xml", LoopbackFeedResponse.Feed(
            "<rss version=\"2.0\"><channel><title>T</title><item><guid>g</guid><title>A</title><link>story/1</link></item></channel></rss>"));

        var result = await FetchAsync(server.Url("/old.xml"), FeedsTestServices.Build());

        Assert.Equal(server.Url("/news/story/1").AbsoluteUri, Assert.Single(result.Items).Link);
    }

    [Theory]
    [InlineData("10.0.0.1", "a private")]
    [InlineData("172.31.255.255", "a private")]
    [InlineData("192.168.1.1", "a private")]
    [InlineData("100.100.100.200", "a shared (carrier-grade NAT)")]
    [InlineData("0.0.0.0", "an unspecified")]
    [InlineData("224.0.0.1", "a multicast or reserved")]
    [InlineData("fe80::1", "a link-local")]
    [InlineData("::", "an unspecified")]
    [InlineData("64:ff9b::a9fe:a9fe", "a link-local")]
    [InlineData("8.8.8.8", null)]
    [InlineData("172.32.0.1", null)]
    [InlineData("2001:4860:4860::8888", null)]
    public void Restricted_Address_IsClassified(string address, string? expected)
    {
        Assert.Equal(expected, AddressPolicy.Restricted(IPAddress.Parse(address)));
    }

    private static async Task<FeedFetchResult> FetchAsync(Uri url, ServiceProvider services)
    {
        await using (services)
        {
            return await services.GetRequiredService<IFeedReader>()
                .FetchAsync(FeedsTestServices.Feed(url.ToString()), FeedState.New("test-feed"), CancellationToken.None);
        }
    }
}
