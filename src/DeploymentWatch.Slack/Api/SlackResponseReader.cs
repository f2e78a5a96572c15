using System.Net;
using System.Text.Json;
using DeploymentWatch.Application.Metrics;

namespace DeploymentWatch.Slack.Api;

/// <summary>
/// Turns an HTTP response into a <see cref="SlackApiResult{T}"/>: 429 and "ratelimited" are waits, 5xx and Slack's
/// own internal errors are transient, ok:false is an error code, ok:true is read by the method's reader.
/// </summary>
internal sealed class SlackResponseReader(TimeProvider timeProvider)
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    private static readonly HashSet<string> TransientErrors =
        new(StringComparer.Ordinal) { "internal_error", "fatal_error", "service_unavailable", "request_timeout" };

    public static SlackPostedMessage? PostedMessage(JsonElement root) =>
        new(root.GetProperty("channel").GetString() ?? string.Empty, root.GetProperty("ts").GetString() ?? string.Empty);

    public static SlackUser? User(JsonElement root)
    {
        var user = root.GetProperty("user");
        return new SlackUser(
            user.GetProperty("id").GetString() ?? string.Empty,
            Flag(user, "is_admin"),
            Flag(user, "is_owner"),
            Flag(user, "is_primary_owner"),
            Flag(user, "deleted"));
    }

    public static SlackUploadTicket? UploadTicket(JsonElement root) =>
        new(new Uri(root.GetProperty("upload_url").GetString() ?? string.Empty, UriKind.Absolute), root.GetProperty("file_id").GetString() ?? string.Empty);

    public static Uri? ConnectionUrl(JsonElement root) => new(root.GetProperty("url").GetString() ?? string.Empty, UriKind.Absolute);

    /// <summary>Network failures and client timeouts, but not the caller's own cancellation.</summary>
    public static bool IsTransport(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    public async Task<SlackApiResult<T>> ReadAsync<T>(HttpResponseMessage response, Func<JsonElement, T?> read, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            DeploymentWatchMetrics.RateLimited("slack");
            return SlackApiResult<T>.RateLimited(RetryAfter(response));
        }

        if ((int)response.StatusCode >= 500)
        {
            return SlackApiResult<T>.Transient($"http_{(int)response.StatusCode}");
        }

        if (!response.IsSuccessStatusCode)
        {
            return SlackApiResult<T>.Failed($"http_{(int)response.StatusCode}");
        }

        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok))
            {
                return SlackApiResult<T>.Failed("invalid_response");
            }

            if (ok.ValueKind == JsonValueKind.True)
            {
                var value = read(root);
                return value is null ? SlackApiResult<T>.Failed("invalid_response") : SlackApiResult<T>.Success(value);
            }

            var error = root.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown_error" : "unknown_error";
            return error switch
            {
                "ratelimited" or "rate_limited" => SlackApiResult<T>.RateLimited(RetryAfter(response)),
                _ when TransientErrors.Contains(error) => SlackApiResult<T>.Transient(error),
                _ => SlackApiResult<T>.Failed(error),
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UriFormatException)
        {
            return SlackApiResult<T>.Failed("invalid_response");
        }
    }

    /// <summary>Retry-After as seconds or a date (read against the injected clock), 1 s when absent as SlackNet does.</summary>
    public TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : DefaultRetryAfter);
        return wait > TimeSpan.Zero ? wait : DefaultRetryAfter;
    }

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
