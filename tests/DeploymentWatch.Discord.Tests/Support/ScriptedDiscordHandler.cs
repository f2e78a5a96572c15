using System.Net;
using System.Text;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>
/// An in-memory HTTP handler that answers from a script, for tests that drive time with a FakeTimeProvider (the
/// loopback fake runs on real time). Records every request with the fake time it arrived.
/// </summary>
internal sealed class ScriptedDiscordHandler(TimeProvider timeProvider) : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<RecordedRequest> _requests = [];

    public sealed record RecordedRequest(HttpMethod Method, string Path, string? Authorization, string UserAgent, string Body, DateTimeOffset At);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public ScriptedDiscordHandler Then(HttpStatusCode status, string body = """{"id":"1300000000000000001","channel_id":"1"}""", params (string Name, string Value)[] headers)
    {
        _script.Enqueue(_ => Task.FromResult(Response(status, body, headers)));
        return this;
    }

    /// <summary>Never answers; the request's own timeout (or the caller) must cancel it.</summary>
    public ScriptedDiscordHandler ThenHang()
    {
        _script.Enqueue(async ct =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, timeProvider, ct);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Func<CancellationToken, Task<HttpResponseMessage>> next;
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(),
                string.Join(' ', request.Headers.GetValues("User-Agent")), body, timeProvider.GetUtcNow()));
            next = _script.Count > 0 ? _script.Dequeue() : _ => Task.FromResult(Response(HttpStatusCode.OK, """{"id":"1300000000000000001","channel_id":"1"}""", []));
        }

        return await next(cancellationToken);
    }

    private static HttpResponseMessage Response(HttpStatusCode status, string body, (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
