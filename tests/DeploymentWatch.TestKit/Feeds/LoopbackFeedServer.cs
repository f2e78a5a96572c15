using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeploymentWatch.TestKit.Feeds;

/// <summary>
/// A real Kestrel feed host on 127.0.0.1 and a free port. Serves what a test set per path (validators and 304s,
/// redirects, delays, huge or gzipped bodies, error statuses) and records every request it receives.
/// </summary>
public sealed class LoopbackFeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, LoopbackFeedResponse> responses = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedFeedRequest> requests = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RecordedFeedRequest>> arrivals = new(StringComparer.Ordinal);
    private WebApplication? app;

    private LoopbackFeedServer()
    {
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<RecordedFeedRequest> Requests => [.. requests];

    public static async Task<LoopbackFeedServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new LoopbackFeedServer();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        // Delayed answers end when the client leaves; do not let one keep a test waiting on shutdown.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        app.Run(server.AnswerAsync);
        await app.StartAsync(cancellationToken);
        server.app = app;
        server.BaseAddress = new Uri(app.Urls.Single());
        return server;
    }

    public void Serve(string path, LoopbackFeedResponse response) => responses[path] = response;

    public Uri Url(string path) => new(BaseAddress, path);

    public IReadOnlyList<RecordedFeedRequest> RequestsTo(string path) => [.. requests.Where(r => r.Path == path)];

    /// <summary>Completes when the first request for <paramref name="path"/> arrives: a test can act mid-request without sleeping.</summary>
    public Task<RecordedFeedRequest> FirstRequestTo(string path) => Arrival(path).Task;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var request = new RecordedFeedRequest(
            path,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        requests.Enqueue(request);
        Arrival(path).TrySetResult(request);
        if (!responses.TryGetValue(path, out var answer))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        try
        {
            if (answer.Delay > TimeSpan.Zero)
            {
                await Task.Delay(answer.Delay, TimeProvider.System, context.RequestAborted);
            }

            await WriteAsync(context, answer);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client gave up (timeout, size cap): nothing left to answer.
        }
    }

    private TaskCompletionSource<RecordedFeedRequest> Arrival(string path) =>
        arrivals.GetOrAdd(path, _ => new TaskCompletionSource<RecordedFeedRequest>(TaskCreationOptions.RunContinuationsAsynchronously));

    private static async Task WriteAsync(HttpContext context, LoopbackFeedResponse answer)
    {
        var response = context.Response;
        if (answer.ETag is not null)
        {
            response.Headers.ETag = answer.ETag;
        }

        if (answer.LastModified is not null)
        {
            response.Headers.LastModified = answer.LastModified;
        }

        if ((answer.ETag is not null && context.Request.Headers.IfNoneMatch == answer.ETag)
            || (answer.LastModified is not null && context.Request.Headers.IfModifiedSince == answer.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = answer.StatusCode;
        if (answer.Location is not null)
        {
            response.Headers.Location = answer.Location;
            return;
        }

        response.ContentType = answer.ContentType;
        if (answer.StreamedBytes > 0)
        {
            await StreamFillerAsync(response, answer, context.RequestAborted);
            return;
        }

        var body = answer.Gzip ? Compress(answer.Body) : answer.Body;
        if (answer.Gzip)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static async Task StreamFillerAsync(HttpResponse response, LoopbackFeedResponse answer, CancellationToken cancellationToken)
    {
        if (answer.AnnounceLength)
        {
            response.ContentLength = answer.StreamedBytes;
        }

        var chunk = new byte[16 * 1024];
        Array.Fill(chunk, (byte)'x');
        for (long sent = 0; sent < answer.StreamedBytes; sent += chunk.Length)
        {
            var size = (int)Math.Min(chunk.Length, answer.StreamedBytes - sent);
            await response.Body.WriteAsync(chunk.AsMemory(0, size), cancellationToken);
        }
    }

    private static byte[] Compress(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
