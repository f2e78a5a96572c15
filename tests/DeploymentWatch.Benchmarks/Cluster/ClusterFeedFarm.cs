using System.Collections.Concurrent;
using DeploymentWatch.Benchmarks.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeploymentWatch.Benchmarks.Cluster;

/// <summary>
/// A loopback feed farm that remembers when each feed was requested, so the cluster harness can count polls of one
/// feed closer together than its interval. GET /c/{n} answers feed n's RSS at its current version (an ETag per
/// version, 304 to a matching If-None-Match); what a feed lists at a version is the harness's choice. Feeds are spread
/// over hosts 127.0.0.1 … 127.0.0.H (one port), so the per-host politeness limits do not serialize the farm.
/// </summary>
internal sealed class ClusterFeedFarm : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Func<int, int, IEnumerable<(string Guid, int Story, int Copy, DateTimeOffset Published)>> items;
    private readonly ConcurrentQueue<DateTimeOffset>[] requests;
    private int version;

    private ClusterFeedFarm(
        WebApplication app, int feeds, int hosts, int port, Func<int, int, IEnumerable<(string, int, int, DateTimeOffset)>> items)
    {
        this.app = app;
        this.items = items;
        requests = Enumerable.Range(0, feeds).Select(_ => new ConcurrentQueue<DateTimeOffset>()).ToArray();
        Hosts = hosts;
        Port = port;
    }

    public int Hosts { get; }

    public int Port { get; }

    public int Feeds => requests.Length;

    /// <summary>The version every feed is served at; raising it gives each feed new items.</summary>
    public int Version
    {
        get => Volatile.Read(ref version);
        set => Volatile.Write(ref version, value);
    }

    /// <summary>Starts the farm; <paramref name="items"/> gives feed n's items at version v.</summary>
    public static async Task<ClusterFeedFarm> StartAsync(
        int feeds, int hosts, Func<int, int, IEnumerable<(string, int, int, DateTimeOffset)>> items)
    {
        var (app, port) = LoopbackHosts.Build(hosts);
        var farm = new ClusterFeedFarm(app, feeds, hosts, port, items);
        app.MapGet("/c/{n:int}", (int n, HttpContext context) => farm.Serve(n, context));
        await app.StartAsync();
        return farm;
    }

    public string Url(int feed) => $"http://127.0.0.{feed % Hosts + 1}:{Port}/c/{feed}";

    /// <summary>When feed <paramref name="feed"/> was requested, in order.</summary>
    public IReadOnlyList<DateTimeOffset> RequestsOf(int feed) => [.. requests[feed].Order()];

    public long TotalRequests => requests.Sum(r => (long)r.Count);

    private IResult Serve(int n, HttpContext context)
    {
        if (n < 0 || n >= requests.Length)
        {
            return Results.NotFound();
        }

        requests[n].Enqueue(TimeProvider.System.GetUtcNow());
        var current = Version;
        var etag = $"\"v{current}\"";
        context.Response.Headers.ETag = etag;
        if (string.Equals(context.Request.Headers.IfNoneMatch, etag, StringComparison.Ordinal))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Text(FarmArticles.Rss($"Cluster feed {n}", items(n, current)), "application/rss+xml");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
