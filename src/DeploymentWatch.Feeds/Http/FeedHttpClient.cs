using System.Net;
using DeploymentWatch.Application.Polling;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Http;

/// <summary>
/// The typed client: conditional GET with a timeout of its own over the whole redirect chain (so a timeout is told
/// apart from the caller cancelling), following redirects itself so that every hop is checked.
/// </summary>
internal sealed class FeedHttpClient(HttpClient http, IOptions<FeedsOptions> options, TimeProvider timeProvider) : IFeedHttpClient
{
    public const string AcceptFeeds =
        "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    public async Task<HttpFeedResponse> GetAsync(Uri url, FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(state);
        var limits = options.Value;
        using var timeout = new CancellationTokenSource(limits.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    return HttpFeedResponse.Failed(FeedRedirects.NonHttpRefused(current));
                }

                using var request = ConditionalGet(current, state);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                if (!FeedRedirects.IsRedirect(response.StatusCode))
                {
                    return await ReadAsync(response, limits, linked.Token) with { FinalUrl = current };
                }

                var (next, refusal) = FeedRedirects.Follow(response, current, hop, limits.MaxRedirects);
                if (next is null)
                {
                    return HttpFeedResponse.Failed(refusal!);
                }

                current = next;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            return HttpFeedResponse.Failed($"timed out after {ReadableUnits.Duration(limits.Timeout)}");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && HttpFailureReason.Describe(ex, url) is { } reason)
        {
            return HttpFeedResponse.Failed(reason);
        }
    }

    private static HttpRequestMessage ConditionalGet(Uri url, FeedState state)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        // Sent back exactly as the server gave them: servers compare validators as opaque strings.
        if (!string.IsNullOrEmpty(state.ETag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", state.ETag);
        }

        if (!string.IsNullOrEmpty(state.LastModified))
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", state.LastModified);
        }

        return request;
    }

    private static async Task<HttpFeedResponse> ReadAsync(HttpResponseMessage response, FeedsOptions limits, CancellationToken cancellationToken)
    {
        var etag = Header(response.Headers, "ETag");
        var lastModified = Header(response.Content.Headers, "Last-Modified");
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return HttpFeedResponse.NotModified(etag, lastModified);
        }

        if (!response.IsSuccessStatusCode)
        {
            return HttpFeedResponse.Failed(StatusReason.Describe(response, limits.MaxRedirects));
        }

        var tooLarge = $"body larger than {ReadableUnits.Bytes(limits.MaxBytes)}";
        if (response.Content.Headers.ContentLength > limits.MaxBytes)
        {
            return HttpFeedResponse.Failed(tooLarge);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var body = await BoundedBody.ReadAsync(stream, limits.MaxBytes, cancellationToken);
        return body is { } bytes
            ? HttpFeedResponse.WithBody(bytes, etag, lastModified) with { ContentType = response.Content.Headers.ContentType?.ToString() }
            : HttpFeedResponse.Failed(tooLarge);
    }

    private static string? Header(System.Net.Http.Headers.HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
