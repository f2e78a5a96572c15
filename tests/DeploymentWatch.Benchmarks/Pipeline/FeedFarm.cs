using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>
/// A loopback Kestrel serving many feeds from many hosts (127.0.0.1 … 127.0.0.N, one port): GET /f/{n} answers
/// feed n's RSS with an ETag and 304 to a matching If-None-Match, so a steady-state poll of an unchanged feed costs
/// what it costs against a real server. <see cref="Bump"/> adds an item to a feed (its oldest drops off).
/// </summary>
internal sealed class FeedFarm : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Func<int, int, IEnumerable<(string, int, int, DateTimeOffset)>> items;
    private readonly int[] versions;

    private FeedFarm(WebApplication app, int feeds, int hosts, int port, Func<int, int, IEnumerable<(string, int, int, DateTimeOffset)>> items)
    {
        this.app = app;
        this.items = items;
        versions = new int[feeds];
        Hosts = hosts;
        Port = port;
    }

    public int Hosts { get; }

    public int Port { get; }

    public long Requests;

    public long NotModified;

    /// <summary>Starts the farm; <paramref name="items"/> gives feed n's items at version v.</summary>
    public static async Task<FeedFarm> StartAsync(int feeds, int hosts, Func<int, int, IEnumerable<(string, int, int, DateTimeOffset)>> items)
    {
        var (app, port) = LoopbackHosts.Build(hosts);
        var farm = new FeedFarm(app, feeds, hosts, port, items);
        app.MapGet("/f/{n:int}", (int n, HttpContext context) => farm.Serve(n, context));
        await app.StartAsync();
        return farm;
    }

    public string Url(int feed) => $"http://127.0.0.{feed % Hosts + 1}:{Port}/f/{feed}";

    public void Bump(int feed) => Interlocked.Increment(ref versions[feed]);

    private IResult Serve(int n, HttpContext context)
    {
        Interlocked.Increment(ref Requests);
        if (n < 0 || n >= versions.Length)
        {
            return Results.NotFound();
        }

        var version = Volatile.Read(ref versions[n]);
        var etag = $"\"v{version}\"";
        context.Response.Headers.ETag = etag;
        if (string.Equals(context.Request.Headers.IfNoneMatch, etag, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref NotModified);
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Text(FarmArticles.Rss($"Farm feed {n}", items(n, version)), "application/rss+xml");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
