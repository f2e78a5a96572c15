namespace DeploymentWatch.Slack.Api;

/// <summary>How a Web API call ended; Slack reports most errors as HTTP 200 with ok:false, so this is not the HTTP status.</summary>
internal enum SlackCallStatus
{
    /// <summary>ok:true.</summary>
    Ok,

    /// <summary>ok:false with an error code, or a 4xx that retrying will not fix.</summary>
    Error,

    /// <summary>HTTP 429 (or error "ratelimited"): wait <see cref="SlackApiResult{T}.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>5xx, a timeout, a dropped connection or Slack's own internal_error: worth retrying later.</summary>
    Transient,
}
