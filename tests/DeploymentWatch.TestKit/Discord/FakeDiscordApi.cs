using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>
/// An in-process Discord API on loopback Kestrel. Every request is checked like Discord would (Authorization,
/// User-Agent, body against the official OpenAPI schema and the documented limits), rate limited per bucket and
/// globally with real headers, and may be scripted to fail. Accepted messages are recorded per channel;
/// enforce_nonce returns the earlier message instead of posting again. Anything a client got wrong is in
/// <see cref="Violations"/>.
/// </summary>
public sealed partial class FakeDiscordApi : IAsyncDisposable
{
    public const string DefaultToken = "fake.discord-bot.token";
    private readonly WebApplication _app;
    private readonly FakeDiscordRateLimiter _limiter;
    private readonly FakeDiscordStore _store = new();
    private readonly FakeDiscordFaults _faults = new();
    private int _requests;
    private int _rateLimited;
    private int _globalRateLimited;
    private volatile bool _tokenRevoked;

    private FakeDiscordApi(WebApplication app, FakeDiscordLimits limits, string token, TimeProvider timeProvider)
    {
        _app = app;
        Token = token;
        _limiter = new FakeDiscordRateLimiter(limits, timeProvider);
    }

    public string Token { get; }

    /// <summary>The API root with a trailing slash, e.g. http://127.0.0.1:41234/api/v10/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>429 responses sent (rate limits and scripted ones).</summary>
    public int RateLimitedCount => Volatile.Read(ref _rateLimited);

    /// <summary>Of <see cref="RateLimitedCount"/>, those for the global limit.</summary>
    public int GlobalRateLimitedCount => Volatile.Read(ref _globalRateLimited);

    public IReadOnlyList<string> Violations => _store.Violations;

    public IReadOnlyList<FakeDiscordMessage> AllMessages => _store.Messages;

    public IReadOnlyList<FakeDiscordInteractionEdit> InteractionEdits => _store.InteractionEdits;

    /// <summary>Interaction follow-ups (POST /webhooks/{application_id}/{token}), in order.</summary>
    public IReadOnlyList<FakeDiscordInteractionEdit> Followups => _store.Followups;

    /// <summary>Deferred replies deleted (DELETE …/messages/@original), in order.</summary>
    public IReadOnlyList<(string ApplicationId, string Token)> DeletedOriginals => _store.DeletedOriginals;

    public IReadOnlyList<FakeDiscordCommandRegistration> CommandRegistrations => _store.CommandRegistrations;

    /// <summary>First answers to interactions (POST /interactions/{id}/{token}/callback), in order.</summary>
    public IReadOnlyList<FakeDiscordInteractionCallback> InteractionCallbacks => _store.Callbacks;

    /// <summary>Waits (without polling) for the first answer to the interaction with this token.</summary>
    public Task<FakeDiscordInteractionCallback> WaitForCallbackAsync(string token, CancellationToken cancellationToken) =>
        _store.CallbackAsync(token, cancellationToken);

    /// <summary>How many edits each message got.</summary>
    public int EditCount => _store.EditCount;

    public static async Task<FakeDiscordApi> StartAsync(FakeDiscordLimits? limits = null, string token = DefaultToken, TimeProvider? timeProvider = null)
    {
        // Loaded before the first request, so the fake's own start-up never skews its rate-limit clock.
        await Task.Run(DiscordOpenApiSchemas.EnsureLoaded);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDiscordApi(app, limits ?? FakeDiscordLimits.Generous, token, timeProvider ?? TimeProvider.System);
        fake.MapRoutes();
        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/api/v10/");
        return fake;
    }

    public IReadOnlyList<FakeDiscordMessage> MessagesIn(string channelId) => _store.MessagesIn(channelId);

    /// <summary>The next <paramref name="times"/> requests for <paramref name="majorId"/> (a channel id; null: any) meet <paramref name="fault"/>.</summary>
    public void Script(FakeDiscordFault fault, string? majorId = null, int times = 1) => _faults.Add(fault, majorId, times);

    /// <summary>Posting to this channel answers 404 Unknown Channel (10003).</summary>
    public void AddUnknownChannel(string channelId) => _store.SetChannelError(channelId, FakeDiscordFault.Error(404, 10003, "Unknown Channel"));

    /// <summary>Posting to this channel answers 403 with the code (50001 Missing Access, 50013 Missing Permissions).</summary>
    public void ForbidChannel(string channelId, int code = 50013) =>
        _store.SetChannelError(channelId, FakeDiscordFault.Error(403, code, code == 50001 ? "Missing Access" : "Missing Permissions"));

    /// <summary>Every bot-authenticated request answers 401 from now on.</summary>
    public void RevokeToken() => _tokenRevoked = true;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapRoutes()
    {
        var api = _app.MapGroup("/api/v10");
        api.MapPost("/channels/{channel}/messages", (RequestDelegate)(c => HandleAsync(c, "POST channels/{channel_id}/messages", Route(c, "channel"), true,
            body => Check(DiscordOpenApiSchemas.MessageCreate, body, FakeDiscordBodyRules.CheckMessage(body.Payload, body.Files, requireNonce: true)),
            body => _store.Create(Route(c, "channel"), body))));
        api.MapPatch("/channels/{channel}/messages/{message}", (RequestDelegate)(c => HandleAsync(c, "PATCH channels/{channel_id}/messages/{message_id}", Route(c, "channel"), true,
            body => Check(DiscordOpenApiSchemas.MessageEdit, body, FakeDiscordBodyRules.CheckMessage(body.Payload, body.Files, requireNonce: false)),
            body => _store.Edit(Route(c, "channel"), Route(c, "message"), body))));
        api.MapPatch("/webhooks/{application}/{token}/messages/@original", (RequestDelegate)(c => HandleAsync(c, "PATCH webhooks/{application_id}/{token}/messages/@original",
            Route(c, "application") + "/" + Route(c, "token"), false,
            body => Check(DiscordOpenApiSchemas.WebhookMessageEdit, body, FakeDiscordBodyRules.CheckMessage(body.Payload, body.Files, requireNonce: false)),
            body => _store.EditOriginal(Route(c, "application"), Route(c, "token"), body))));
        api.MapPost("/webhooks/{application}/{token}", (RequestDelegate)(c => HandleAsync(c, "POST webhooks/{application_id}/{token}",
            Route(c, "application") + "/" + Route(c, "token"), false,
            body => Check(DiscordOpenApiSchemas.WebhookExecute, body, FakeDiscordBodyRules.CheckMessage(body.Payload, body.Files, requireNonce: false)),
            body => _store.Followup(Route(c, "application"), Route(c, "token"), body))));
        api.MapDelete("/webhooks/{application}/{token}/messages/@original", (RequestDelegate)(async c =>
        {
            Interlocked.Increment(ref _requests);
            if (!UserAgent().IsMatch(c.Request.Headers.UserAgent.ToString()))
            {
                await RefuseAsync(c, "DELETE webhooks/{application_id}/{token}/messages/@original: no \"DiscordBot (url, version)\" User-Agent", 400, 40333);
                return;
            }

            _store.DeleteOriginal(Route(c, "application"), Route(c, "token"));
            c.Response.StatusCode = StatusCodes.Status204NoContent;
        }));
        api.MapPut("/applications/{application}/commands", (RequestDelegate)(c => HandleAsync(c, "PUT applications/{application_id}/commands", "", true,
            CheckCommands, body => _store.Register(Route(c, "application"), null, body))));
        api.MapPut("/applications/{application}/guilds/{guild}/commands", (RequestDelegate)(c => HandleAsync(c, "PUT applications/{application_id}/guilds/{guild_id}/commands",
            Route(c, "guild"), true, CheckCommands, body => _store.Register(Route(c, "application"), Route(c, "guild"), body))));

        api.MapPost("/interactions/{interaction}/{token}/callback", (RequestDelegate)(c => HandleAsync(c, "POST interactions/{interaction_id}/{interaction_token}/callback",
            Route(c, "interaction") + "/" + Route(c, "token"), false, CheckCallback,
            body => _store.Callback(Route(c, "interaction"), Route(c, "token"), body))));

        // A route the fake does not know is a client bug (or a route the fake should learn): say so, like a 404.
        _app.MapFallback((RequestDelegate)(async c =>
        {
            Interlocked.Increment(ref _requests);
            await RefuseAsync(c, $"{c.Request.Method} {c.Request.Path} is not a route the fake Discord serves", 404, 0);
        }));
    }

    private async Task HandleAsync(HttpContext context, string template, string majorId, bool botAuth,
        Func<FakeDiscordRequestBody, List<string>> validate, Func<FakeDiscordRequestBody, (int Status, string Json)> accept)
    {
        Interlocked.Increment(ref _requests);
        var userAgent = context.Request.Headers.UserAgent.ToString();
        if (!UserAgent().IsMatch(userAgent))
        {
            await RefuseAsync(context, $"{template}: User-Agent \"{userAgent}\" is not \"DiscordBot (url, version)\"", 400, 40333);
            return;
        }

        if (botAuth && (_tokenRevoked || context.Request.Headers.Authorization.ToString() != "Bot " + Token))
        {
            await WriteAsync(context, 401, """{"message":"401: Unauthorized","code":0}""", null);
            return;
        }

        var decision = _limiter.Check(template, majorId, countsTowardGlobal: botAuth);
        if (!decision.Allowed)
        {
            Interlocked.Increment(ref _rateLimited);
            if (decision.Global)
            {
                Interlocked.Increment(ref _globalRateLimited);
            }

            var retry = decision.RetryAfter.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
            await WriteAsync(context, 429, $$"""{"message":"You are being rate limited.","retry_after":{{retry}},"global":{{(decision.Global ? "true" : "false")}}}""", decision.Headers);
            return;
        }

        var fault = _faults.Take(majorId);
        if (fault is { Hang: true })
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (fault is { AcceptFirst: false })
        {
            await WriteFaultAsync(context, fault, decision.Headers);
            return;
        }

        var (body, error) = await FakeDiscordRequestBody.ReadAsync(context.Request);
        var errors = body is null ? [error!] : validate(body);
        if (errors.Count > 0)
        {
            await RefuseAsync(context, string.Join("; ", errors.Select(e => template + ": " + e)), 400, 50035);
            return;
        }

        if (_store.ChannelError(majorId) is { } channelError)
        {
            await WriteFaultAsync(context, channelError, decision.Headers);
            return;
        }

        var (status, json) = accept(body!);
        if (fault is { Abort: true })
        {
            context.Abort();
            return;
        }

        if (fault is not null)
        {
            await WriteFaultAsync(context, fault, decision.Headers);
            return;
        }

        await WriteAsync(context, status, json, decision.Headers);
    }

    private static List<string> Check(string schema, FakeDiscordRequestBody body, List<string> ruleErrors) =>
        [.. DiscordOpenApiSchemas.Validate(schema, body.RawJson), .. ruleErrors];

    // Message answers (4) and deferrals (5) share one schema; autocomplete results (8) have their own.
    private static List<string> CheckCallback(FakeDiscordRequestBody body)
    {
        var type = body.Payload.ValueKind == JsonValueKind.Object && body.Payload.TryGetProperty("type", out var t) && t.TryGetInt32(out var value) ? value : 0;
        return type switch
        {
            4 or 5 => Check(DiscordOpenApiSchemas.InteractionMessageCallback, body,
                body.Payload.TryGetProperty("data", out var data) ? FakeDiscordBodyRules.CheckMessage(data, body.Files, requireNonce: false) : []),
            8 => Check(DiscordOpenApiSchemas.AutocompleteCallback, body, []),
            _ => [$"callback type {type} is not one this bot should send"],
        };
    }

    private static List<string> CheckCommands(FakeDiscordRequestBody body)
    {
        var errors = FakeDiscordBodyRules.CheckCommands(body.Payload);
        if (body.Payload.ValueKind == JsonValueKind.Array)
        {
            if (body.Payload.GetArrayLength() > 130)
            {
                errors.Add("more than 130 commands");
            }

            foreach (var command in body.Payload.EnumerateArray())
            {
                errors.AddRange(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.CommandUpdate, command.GetRawText()));
            }
        }

        return errors;
    }

    private async Task RefuseAsync(HttpContext context, string violation, int status, int code)
    {
        _store.AddViolation(violation);
        await WriteAsync(context, status, JsonSerializer.Serialize(new { code, message = "Invalid Form Body", errors = new { _errors = new[] { new { code = "INVALID", message = violation } } } }), null);
    }

    private async Task WriteFaultAsync(HttpContext context, FakeDiscordFault fault, IReadOnlyDictionary<string, string> headers)
    {
        var extra = new Dictionary<string, string>(headers);
        if (fault.Status == 429)
        {
            Interlocked.Increment(ref _rateLimited);
            extra["Retry-After"] = Math.Ceiling(fault.RetryAfterSeconds ?? 1).ToString(CultureInfo.InvariantCulture);
            extra["X-RateLimit-Scope"] = fault.Scope ?? "user";
            if (fault.Global)
            {
                extra["X-RateLimit-Global"] = "true";
            }
        }

        await WriteAsync(context, fault.Status, fault.Body ?? "{}", extra);
    }

    private static async Task WriteAsync(HttpContext context, int status, string json, IReadOnlyDictionary<string, string>? headers)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (status == 204)
        {
            return;
        }

        context.Response.ContentType = "application/json";

        await context.Response.WriteAsync(json);
    }

    private static string Route(HttpContext context, string name) => context.Request.RouteValues[name]?.ToString() ?? "";

    [GeneratedRegex(@"^DiscordBot \(\S+, \S+\)$")]
    private static partial Regex UserAgent();
}
