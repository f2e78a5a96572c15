using System.Net;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Api.RateLimits;
using DeploymentWatch.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Discord.Tests.Api;

/// <summary>The request pipeline against a scripted in-memory Discord, with time moved by hand.</summary>
public sealed class DiscordRequestSenderTests : IDisposable
{
    private readonly ObservedFakeTime _time = new();
    private readonly ScriptedDiscordHandler _discord;
    private readonly ServiceProvider _services;

    public DiscordRequestSenderTests()
    {
        _discord = new ScriptedDiscordHandler(_time);
        var settings = DiscordTestServices.Configuration(null, token: "secret-token");
        settings["DISCORD_API_BASE_URL"] = "http://discord.test/api/v10";
        var services = new ServiceCollection().AddDiscordForTests(settings, _time, tune: o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(500);
            o.InvalidRequestLimit = 3;
        });
        services.AddHttpClient(DiscordRequestSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _discord);
        _services = services.BuildServiceProvider();
    }

    private IDiscordApiClient Client => _services.GetRequiredService<IDiscordApiClient>();

    [Fact]
    public async Task CreateMessageAsync_EveryRequest_CarriesBotTokenAndDiscordBotUserAgent()
    {
        var result = await Send("42");

        var request = Assert.Single(_discord.Requests);
        Assert.True(result.IsSuccess);
        Assert.Equal("/api/v10/channels/42/messages", request.Path);
        Assert.Equal("Bot secret-token", request.Authorization);
        Assert.Matches(@"^DiscordBot \(https?://\S+, \S+\)$", request.UserAgent);
    }

    [Fact]
    public async Task EditOriginalInteractionResponseAsync_WebhookRoute_SendsNoBotToken()
    {
        await Client.EditOriginalInteractionResponseAsync(DiscordTestServices.ApplicationId, "interaction-token", Payload(), null, CancellationToken.None);

        var request = Assert.Single(_discord.Requests);
        Assert.Equal($"/api/v10/webhooks/{DiscordTestServices.ApplicationId}/interaction-token/messages/@original", request.Path);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task CreateMessageAsync_429WithRetryAfterBody_WaitsThatLongThenRetriesTheSameBody()
    {
        _discord.Then(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":2.5,"global":false}""", ("Retry-After", "3"));

        var sending = Task.Run(() => Send("42"));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(2.5) + DiscordBucket.ResetMargin);
        var waitingCount = _discord.Requests.Count;
        _time.Advance(TimeSpan.FromSeconds(2.5) + DiscordBucket.ResetMargin);
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.IsSuccess);
        Assert.Equal(1, waitingCount);
        Assert.Equal(2, _discord.Requests.Count);
        Assert.True(_discord.Requests[1].At - _discord.Requests[0].At >= TimeSpan.FromSeconds(2.5));
        Assert.Equal(_discord.Requests[0].Body, _discord.Requests[1].Body);
    }

    [Fact]
    public async Task CreateMessageAsync_429WithOnlyRetryAfterHeader_UsesTheHeader()
    {
        _discord.Then(HttpStatusCode.TooManyRequests, "", ("Retry-After", "4"));

        var sending = Task.Run(() => Send("42"));
        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(4) + DiscordBucket.ResetMargin);
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.IsSuccess);
        Assert.True(_discord.Requests[1].At - _discord.Requests[0].At >= TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task CreateMessageAsync_429BeyondTheWaitBudget_ReturnsRateLimitedWithoutWaiting()
    {
        _discord.Then(HttpStatusCode.TooManyRequests, """{"message":"slow down","retry_after":120,"global":false}""");

        var result = await Send("42");

        Assert.Equal(DiscordFailure.RateLimited, result.Failure);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Single(_discord.Requests);
    }

    [Fact]
    public async Task CreateMessageAsync_GlobalRateLimit_PausesOtherChannelsToo()
    {
        _discord.Then(HttpStatusCode.TooManyRequests, """{"message":"global","retry_after":1.5,"global":true}""", ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"));

        var limited = Task.Run(() => Send("42"));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1.5) + DiscordBucket.ResetMargin);
        var otherChannel = Task.Run(() => Send("43"));
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1.5));
        var requestsWhilePaused = _discord.Requests.Count;
        _time.Advance(TimeSpan.FromSeconds(1.5) + DiscordBucket.ResetMargin);
        var results = await Task.WhenAll(limited, otherChannel).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(1, requestsWhilePaused);
        var other = Assert.Single(_discord.Requests, r => r.Path.EndsWith("/43/messages", StringComparison.Ordinal));
        Assert.True(other.At - _discord.Requests[0].At >= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task CreateMessageAsync_ServerErrors_RetryWithBackoffThenSucceed()
    {
        _discord.Then(HttpStatusCode.InternalServerError).Then(HttpStatusCode.BadGateway);

        var sending = Task.Run(() => Send("42"));
        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromMilliseconds(500));
        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1));
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.IsSuccess);
        Assert.Equal(3, _discord.Requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(1), _discord.Requests[2].At - _discord.Requests[1].At);
    }

    [Fact]
    public async Task CreateMessageAsync_ServerErrorOnEveryAttempt_IsUnavailableAfterMaxAttempts()
    {
        for (var i = 0; i < 10; i++)
        {
            _discord.Then(HttpStatusCode.ServiceUnavailable);
        }

        var sending = Task.Run(() => Send("42"));
        foreach (var backoff in new[] { 0.5, 1, 2 })
        {
            await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(backoff));
        }

        var result = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(DiscordFailure.Unavailable, result.Failure);
        Assert.Equal(new DiscordOptions().MaxAttempts, _discord.Requests.Count);
        Assert.NotNull(result.RetryAfter);
    }

    [Fact]
    public async Task CreateMessageAsync_Timeout_IsRetried()
    {
        _discord.ThenHang();

        var sending = Task.Run(() => Send("42"));
        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(10));
        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromMilliseconds(500));
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, _discord.Requests.Count);
    }

    [Fact]
    public async Task CreateMessageAsync_401_StopsAllTrafficUntilRestart()
    {
        _discord.Then(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}""");

        var first = await Send("42");
        var second = await Send("43");

        Assert.Equal(DiscordFailure.Unauthorized, first.Failure);
        Assert.Equal(DiscordFailure.Stopped, second.Failure);
        Assert.Single(_discord.Requests);
        Assert.True(_services.GetRequiredService<DiscordTrafficGate>().IsStopped);
    }

    [Fact]
    public async Task CreateMessageAsync_403MissingPermissions_IsForbiddenWithItsCode()
    {
        _discord.Then(HttpStatusCode.Forbidden, """{"message":"Missing Permissions","code":50013}""");

        var result = await Send("42");

        Assert.Equal(DiscordFailure.Forbidden, result.Failure);
        Assert.Equal(50013, result.ErrorCode);
        Assert.Equal(1, _services.GetRequiredService<DiscordTrafficGate>().InvalidRequestsInWindow);
    }

    [Fact]
    public async Task CreateMessageAsync_NearTheInvalidRequestBan_RefusesToSend()
    {
        for (var i = 0; i < 3; i++)
        {
            _discord.Then(HttpStatusCode.Forbidden, """{"message":"Missing Access","code":50001}""");
            await Send("4" + i);
        }

        var result = await Send("50");

        Assert.Equal(DiscordFailure.Suspended, result.Failure);
        Assert.Equal(3, _discord.Requests.Count);
    }

    [Fact]
    public async Task CreateMessageAsync_SharedScope429_DoesNotCountAsInvalid()
    {
        _discord.Then(HttpStatusCode.TooManyRequests, """{"message":"The resource is being rate limited.","retry_after":0.5,"global":false}""", ("X-RateLimit-Scope", "shared"));

        var sending = Task.Run(() => Send("42"));
        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(0.5) + DiscordBucket.ResetMargin);
        Assert.True((await sending.WaitAsync(TimeSpan.FromSeconds(30))).IsSuccess);

        Assert.Equal(0, _services.GetRequiredService<DiscordTrafficGate>().InvalidRequestsInWindow);
    }

    [Fact]
    public async Task CreateMessageAsync_400InvalidFormBody_IsInvalidWithDiscordsMessage()
    {
        _discord.Then(HttpStatusCode.BadRequest, """{"message":"Invalid Form Body","code":50035,"errors":{"embeds":{}}}""");

        var result = await Send("42");

        Assert.Equal(DiscordFailure.Invalid, result.Failure);
        Assert.Equal("discord 400 (50035): Invalid Form Body", result.Describe());
    }

    public void Dispose() => _services.Dispose();

    private Task<DiscordApiResult<DiscordMessage>> Send(string channelId) => Client.CreateMessageAsync(channelId, Payload(), null, CancellationToken.None);

    private static DiscordMessagePayload Payload() => new() { Content = "hello", Nonce = "n", EnforceNonce = true };
}
