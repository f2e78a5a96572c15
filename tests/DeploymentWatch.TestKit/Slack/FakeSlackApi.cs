using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>
/// An in-process Slack Web API on loopback. Every call is checked against the official spec (method exists, only
/// known arguments, required ones present, a token) and Block Kit limits; violations are recorded and answered with
/// ok:false so a test cannot pass by accident. A small workspace (channels, users) gives realistic answers shaped
/// like the spec's examples, and tests can script ok:false codes, 429s with Retry-After and 5xx per method.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    public const string BotToken = "xoxb-1111-2222-fakebottoken";
    public const string AppToken = "xapp-1-A111-222-fakeapptoken";
    public const string TeamId = "T0FAKE001";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackReply>> scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeSlackCall> calls = new();
    private readonly ConcurrentQueue<string> violations = new();
    private readonly System.Threading.Channels.Channel<(string Path, JsonObject Body)> responseUrlPosts =
        System.Threading.Channels.Channel.CreateUnbounded<(string Path, JsonObject Body)>();

    private FakeSlackApi(WebApplication app, SlackWebApiSpec spec)
    {
        this.app = app;
        Workspace = new FakeSlackWorkspace(spec);
        app.MapMethods("/api/{method}", ["GET", "POST"], HandleAsync);
        app.MapPost("/upload/{fileId}", UploadAsync);
        app.MapPost("/commands/{id}", ReceiveResponseUrlAsync);
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The root of the server, for other endpoints (e.g. a response_url the test hosts).</summary>
    public Uri Root => new(BaseUrl, "/");

    public FakeSlackWorkspace Workspace { get; }

    public IReadOnlyCollection<FakeSlackCall> Calls => calls;

    /// <summary>Spec or limit violations seen so far; tests assert this is empty.</summary>
    public IReadOnlyCollection<string> Violations => violations;

    /// <summary>What apps.connections.open hands out (a fake Socket Mode server's next URL).</summary>
    public Func<Uri>? SocketModeUrl { get; set; }

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeSlackApi(builder.Build(), SlackWebApiSpec.Official);
        await fake.app.StartAsync();
        fake.BaseUrl = new Uri(fake.app.Urls.First().TrimEnd('/') + "/api/");
        return fake;
    }

    /// <summary>The next call of <paramref name="method"/> gets this answer instead of the workspace's.</summary>
    public void Enqueue(string method, FakeSlackReply reply) =>
        scripts.GetOrAdd(method, _ => new ConcurrentQueue<FakeSlackReply>()).Enqueue(reply);

    /// <summary>A response_url like Slack's (hooks.slack.com/commands/…) that records what is posted to it.</summary>
    public Uri ResponseUrl(string id) => new(Root, $"commands/{id}");

    /// <summary>The next JSON posted to any <see cref="ResponseUrl"/>, waited for (bounded).</summary>
    public async Task<(string Path, JsonObject Body)> NextResponseUrlPostAsync() =>
        await responseUrlPosts.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public IEnumerable<FakeSlackCall> CallsTo(string method) => calls.Where(c => c.Method == method);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpContext context, string method)
    {
        var (arguments, problem) = await FakeSlackRequestReader.ReadAsync(context.Request);
        var token = FakeSlackRequestReader.Token(context.Request, arguments);
        calls.Enqueue(new FakeSlackCall(method, arguments, token, context.Request.ContentType));
        var problems = Check(method, arguments, token).ToList();
        if (problem is not null)
        {
            problems.Add(problem);
        }

        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                violations.Enqueue($"{method}: {p}");
            }

            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "invalid_arguments", ["warning"] = string.Join("; ", problems) });
        }

        if (scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var reply))
        {
            return Scripted(context, reply);
        }

        var expected = method == "apps.connections.open" ? AppToken : BotToken;
        if (token != expected)
        {
            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "invalid_auth" });
        }

        if (method == "apps.connections.open")
        {
            return SocketModeUrl is null
                ? Results.Json(new JsonObject { ["ok"] = false, ["error"] = "internal_error" })
                : Results.Json(new JsonObject { ["ok"] = true, ["url"] = SocketModeUrl().AbsoluteUri });
        }

        return Results.Json(Workspace.Answer(method, arguments, Root));
    }

    private IEnumerable<string> Check(string method, JsonObject arguments, string? token)
    {
        var spec = Workspace.Spec.Find(method);
        if (spec is null)
        {
            yield return "method not in the spec";
            yield break;
        }

        if (string.IsNullOrEmpty(token))
        {
            yield return "no token";
        }

        foreach (var name in arguments.Select(a => a.Key).Where(n => n != "token" && !spec.Arguments.Contains(n)))
        {
            yield return $"argument '{name}' unknown to {spec.Source}";
        }

        foreach (var name in spec.RequiredArguments.Where(n => arguments[n] is null))
        {
            yield return $"required argument '{name}' missing";
        }

        if (method is "chat.postMessage" or "chat.update")
        {
            foreach (var p in BlockKitLimits.Validate(FakeSlackRequestReader.Blocks(arguments)))
            {
                yield return p;
            }

            if (((string?)arguments["text"])?.Length > BlockKitLimits.MaxFallbackText)
            {
                yield return $"text over {BlockKitLimits.MaxFallbackText} characters";
            }
        }
    }

    private static IResult Scripted(HttpContext context, FakeSlackReply reply)
    {
        if (reply.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return reply.Error is null
            ? Results.StatusCode(reply.StatusCode)
            : Results.Json(new JsonObject { ["ok"] = false, ["error"] = reply.Error }, statusCode: reply.StatusCode);
    }

    private async Task<IResult> ReceiveResponseUrlAsync(HttpContext context, string id)
    {
        var (body, problem) = await FakeSlackRequestReader.ReadAsync(context.Request);
        if (problem is not null || !context.Request.ContentType!.StartsWith("application/json", StringComparison.Ordinal))
        {
            violations.Enqueue($"response_url: {problem ?? "not JSON"}");
            return Results.BadRequest();
        }

        responseUrlPosts.Writer.TryWrite((id, body));
        return Results.Text("ok");
    }

    private async Task<IResult> UploadAsync(HttpContext context, string fileId)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        return Workspace.ReceiveUpload(fileId, buffer.ToArray(), context.Request.Headers.Authorization.Count > 0)
            ? Results.Text("OK - " + buffer.Length)
            : Results.NotFound();
    }
}
