namespace DeploymentWatch.Slack.Api;

/// <summary>The typed result of one Web API call: a value, or why not. Platform errors are values, never exceptions.</summary>
internal sealed record SlackApiResult<T>(SlackCallStatus Status, T? Value, string? Error, TimeSpan? RetryAfter)
{
    public bool IsOk => Status == SlackCallStatus.Ok;

    public static SlackApiResult<T> Success(T value) => new(SlackCallStatus.Ok, value, null, null);

    public static SlackApiResult<T> Failed(string error) => new(SlackCallStatus.Error, default, error, null);

    public static SlackApiResult<T> RateLimited(TimeSpan retryAfter) => new(SlackCallStatus.RateLimited, default, "ratelimited", retryAfter);

    public static SlackApiResult<T> Transient(string reason) => new(SlackCallStatus.Transient, default, reason, null);

    /// <summary>The same failure for another value type (the failure carries no value).</summary>
    public SlackApiResult<TOther> As<TOther>() => new(Status, default, Error, RetryAfter);
}
