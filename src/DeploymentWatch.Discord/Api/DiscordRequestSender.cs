using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DeploymentWatch.Application.Metrics;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Api.RateLimits;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Api;

/// <summary>
/// Sends one call through the rate limiter with bounded retries: a 429 waits its retry_after and goes again, a
/// 5xx/timeout/network error backs off and goes again, and when the budget runs out the caller gets a typed failure
/// (the outbox retries later; Discord's nonce keeps a retried post from appearing twice).
/// </summary>
internal sealed class DiscordRequestSender(
    IHttpClientFactory httpClientFactory,
    DiscordRateLimiter limiter,
    DiscordTrafficGate gate,
    TimeProvider timeProvider,
    IOptions<DiscordOptions> options,
    ILogger<DiscordRequestSender> logger)
{
    public const string HttpClientName = "discord";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan OutboxRetryAfterOutage = TimeSpan.FromSeconds(30);

    public async Task<DiscordApiResult<byte[]>> SendAsync(DiscordRoute route, Func<HttpContent?> content, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (route.UsesBotToken && !settings.Enabled)
        {
            return DiscordApiResult<byte[]>.Fail(DiscordFailure.Stopped, "off: DISCORD_BOT_TOKEN not set");
        }

        var deadline = timeProvider.GetUtcNow() + settings.MaxRateLimitWait;
        var failures = 0;
        var rateLimits = 0;
        while (true)
        {
            if (gate.StopReason is { } reason)
            {
                return DiscordApiResult<byte[]>.Fail(DiscordFailure.Stopped, reason);
            }

            if (gate.IsSuspended)
            {
                return DiscordApiResult<byte[]>.Fail(DiscordFailure.Suspended,
                    $"paused: {gate.InvalidRequestsInWindow} invalid requests in 10 minutes", retryAfter: TimeSpan.FromMinutes(1));
            }

            var (lease, wait) = await limiter.AcquireAsync(route, deadline, cancellationToken);
            if (lease is null)
            {
                return DiscordApiResult<byte[]>.Fail(DiscordFailure.RateLimited, $"rate limited on {route}", retryAfter: wait);
            }

            var attempt = await SendOnceAsync(route, content, lease, cancellationToken);
            var status = attempt.Status;
            if (status is >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous)
            {
                return DiscordApiResult<byte[]>.Ok(attempt.Body);
            }

            if (status == HttpStatusCode.TooManyRequests)
            {
                DeploymentWatchMetrics.RateLimited("discord");
                var retryAfter = attempt.Headers.RetryAfter ?? TimeSpan.FromSeconds(1);
                if (!attempt.Headers.IsSharedScope)
                {
                    gate.RecordInvalidRequest();
                }

                if (attempt.Headers.Global)
                {
                    limiter.Global.Pause(retryAfter);
                }

                logger.LogWarning("Discord rate limited {Route} (global: {Global}, scope: {Scope}); retry after {RetryAfter}",
                    route, attempt.Headers.Global, attempt.Headers.Scope, retryAfter);
                if (++rateLimits > settings.MaxRateLimitRetries || timeProvider.GetUtcNow() + retryAfter > deadline)
                {
                    return DiscordApiResult<byte[]>.Fail(DiscordFailure.RateLimited, $"rate limited on {route}", 429, retryAfter: retryAfter);
                }

                continue;
            }

            if (status is { } s && (int)s < 500)
            {
                return Permanent(route, s, attempt.Body);
            }

            failures++;
            logger.LogWarning("Discord {Route} failed ({Failure}), attempt {Attempt} of {MaxAttempts}",
                route, attempt.Error ?? ((int)status!).ToString(System.Globalization.CultureInfo.InvariantCulture), failures, settings.MaxAttempts);
            if (failures >= settings.MaxAttempts)
            {
                return DiscordApiResult<byte[]>.Fail(DiscordFailure.Unavailable, attempt.Error ?? "server error", (int?)status, retryAfter: OutboxRetryAfterOutage);
            }

            var backoff = settings.RetryBaseDelay * Math.Pow(2, failures - 1);
            await Task.Delay(backoff < MaxBackoff ? backoff : MaxBackoff, timeProvider, cancellationToken);
        }
    }

    private DiscordApiResult<byte[]> Permanent(DiscordRoute route, HttpStatusCode status, byte[] body)
    {
        var error = ReadError(body);
        var failure = status switch
        {
            HttpStatusCode.Unauthorized => DiscordFailure.Unauthorized,
            HttpStatusCode.Forbidden => DiscordFailure.Forbidden,
            HttpStatusCode.NotFound => DiscordFailure.NotFound,
            _ => DiscordFailure.Invalid,
        };
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            gate.RecordInvalidRequest();
        }

        if (failure == DiscordFailure.Unauthorized && route.UsesBotToken)
        {
            gate.Stop("stopped: 401 invalid token (fix DISCORD_BOT_TOKEN and restart)");
            logger.LogError("Discord answered 401 to {Route}: the bot token is invalid; all Discord traffic is stopped", route);
        }
        else
        {
            logger.LogWarning("Discord refused {Route}: {Status} {Code} {Message}", route, (int)status, error?.Code, error?.Message);
        }

        return DiscordApiResult<byte[]>.Fail(failure, error?.Message ?? status.ToString(), (int)status, error?.Code);
    }

    private async Task<Attempt> SendOnceAsync(DiscordRoute route, Func<HttpContent?> content, DiscordBucketLease lease, CancellationToken cancellationToken)
    {
        using (lease)
        {
            try
            {
                using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, timeProvider);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
                using var request = new HttpRequestMessage(route.Method, route.Path) { Content = content() };
                if (route.UsesBotToken)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BotToken);
                }

                var client = httpClientFactory.CreateClient(HttpClientName);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
                var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
                var headers = DiscordRateLimitHeaders.Parse(response.Headers);
                var rateLimited = response.StatusCode == HttpStatusCode.TooManyRequests;
                if (rateLimited)
                {
                    headers = WithBody(headers, body);
                }

                lease.Complete(headers, rateLimited);
                return new Attempt(response.StatusCode, body, headers, null);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new Attempt(null, [], DiscordRateLimitHeaders.None, "timed out");
            }
            catch (HttpRequestException ex)
            {
                return new Attempt(null, [], DiscordRateLimitHeaders.None, "network error: " + ex.HttpRequestError);
            }
        }
    }

    // The body's retry_after (float seconds) is more precise than the Retry-After header, so it wins (as in Discord.Net).
    private static DiscordRateLimitHeaders WithBody(DiscordRateLimitHeaders headers, byte[] body)
    {
        try
        {
            var limited = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.DiscordRateLimitedBody);
            return headers with
            {
                RetryAfter = limited?.RetryAfter is >= 0 and < 1e6 ? TimeSpan.FromSeconds(limited.RetryAfter.Value) : headers.RetryAfter,
                Global = headers.Global || limited?.Global == true,
            };
        }
        catch (JsonException)
        {
            return headers;
        }
    }

    private static DiscordErrorBody? ReadError(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Attempt(HttpStatusCode? Status, byte[] Body, DiscordRateLimitHeaders Headers, string? Error);
}
