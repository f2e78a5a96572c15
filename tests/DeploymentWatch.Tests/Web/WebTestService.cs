using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Composition;
using DeploymentWatch.Configuration;
using DeploymentWatch.TestKit.Feeds;
using DeploymentWatch.TestKit.Repository;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Tests.Web;

/// <summary>
/// The real service on loopback for the web tests, over a temp config: the seed articles and a feed that fails (a
/// closed loopback port), or only a feed file whose item title holds markup. <see cref="RunCycleAsync"/> is the cycle
/// `run --once` runs: every feed polled now, then the outbox delivered.
/// </summary>
internal sealed class WebTestService : IAsyncDisposable
{
    public const string HostileTitle = "<script>document.title='owned'</script> North Korean troops deployed to Kursk";

    private readonly CancellationTokenSource guard = new(TimeSpan.FromMinutes(2));
    private WebApplication? app;

    /// <param name="hostile">Only the feed file with markup in its item's title, instead of the seeds and the failing feed.</param>
    public WebTestService(bool hostile = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "dw-web-" + Guid.NewGuid().ToString("N"));
        var config = Path.Combine(Root, "config");
        Directory.CreateDirectory(config);
        Directory.CreateDirectory(DataDirectory);
        File.Copy(Path.Combine(RepositoryPaths.Config, "profiles.yaml"), Path.Combine(config, "profiles.yaml"));
        var hostileFeed = Path.Combine(Root, "hostile.xml");
        File.WriteAllText(hostileFeed, HostileFeedXml());
        File.WriteAllText(Path.Combine(config, "feeds.yaml"), hostile
            ? $"""
            feeds:
              - id: hostile
                source: {hostileFeed}
                interval: 1h
                max_age: off
                outlet: <b>Hostile</b> Wire
            """
            : $"""
            feeds:
              - id: seeds
                source: {RepositoryPaths.Seeds}
                interval: 1h
                outlet: Seed articles
              - id: unreachable
                source: http://127.0.0.1:{UnusedLoopbackPort.Find()}/rss
                interval: 1h
            """);
        Paths = new HostPaths(config, DataDirectory);
    }

    public string Root { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public HostPaths Paths { get; }

    public CancellationToken Cancellation => guard.Token;

    public Uri Address { get; private set; } = null!;

    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("not started");

    public Uri Page(string path) => new(Address, path);

    public HttpClient CreateHttpClient() => Services.GetRequiredService<IHttpClientFactory>().CreateClient();

    public async Task StartAsync(string? accessToken = null)
    {
        // The failing feed is a closed loopback port: private addresses are allowed so it fails for that reason.
        var settings = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(DataDirectory, "web.db"),
            ["Feeds:AllowPrivateAddresses"] = "true",
        };
        if (accessToken is not null)
        {
            settings["Web:AccessToken"] = accessToken;
        }

        app = await ServiceApplication.BuildAsync(Paths, "http://127.0.0.1:0", TextWriter.Null, settings, scheduler: false, Cancellation);
        await app.StartAsync(Cancellation);
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task<(PollSummary Poll, DispatchSummary Sent)> RunCycleAsync()
    {
        var feeds = Services.GetRequiredService<FeedsFile>();
        await using var scope = Services.CreateAsyncScope();
        var poll = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feeds.Feeds, ignoreSchedule: true, Cancellation);
        var sent = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(Cancellation);
        return (poll, sent);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }

        guard.Dispose();
        TestKit.Feeds.TemporaryFolder.TryDelete(Root);
    }

    // Entity-encoded twice, as many feeds do: the reader decodes the XML, the pipeline's HTML-to-text step the rest,
    // so the stored title holds the markup itself.
    private static string HostileFeedXml() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Hostile</title><link>https://hostile.example/</link><description>x</description>
        <item>
          <title>{System.Security.SecurityElement.Escape(System.Net.WebUtility.HtmlEncode(HostileTitle))}</title>
          <link>javascript:alert(1)</link>
          <guid isPermaLink="false">hostile-1</guid>
          <pubDate>Mon, 03 Feb 2025 09:00:00 GMT</pubDate>
          <description>North Korea has deployed more troops to Russia's Kursk region, South Korea's military said. The North Korean soldiers are fighting alongside Russian forces against Ukraine, and the deployment of the troops continues.</description>
        </item>
        </channel></rss>
        """;
}
