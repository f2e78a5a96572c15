namespace DeploymentWatch.TestKit.Slack;

/// <summary>A scripted answer for the next call of a method: an ok:false code, a 429 with Retry-After, or an HTTP error.</summary>
public sealed record FakeSlackReply(int StatusCode, string? Error, TimeSpan? RetryAfter)
{
    public static FakeSlackReply Fail(string error) => new(200, error, null);

    public static FakeSlackReply RateLimited(TimeSpan retryAfter) => new(429, null, retryAfter);

    public static FakeSlackReply ServerError(int statusCode = 503) => new(statusCode, null, null);
}
