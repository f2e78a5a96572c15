namespace DeploymentWatch.Slack.Api;

/// <summary>
/// Bounded retries for one call: a 429 waits its Retry-After and tries again (unlike SlackNet, not forever), a
/// transient failure backs off 1 s, 2 s, 4 s. What is still failing after that is returned for the caller to map
/// (the outbox tries again later), so a message is never lost and a channel is never blocked for long.
/// </summary>
internal sealed class SlackCallRetrier(TimeProvider timeProvider)
{
    public const int MaxAttempts = 4;

    /// <summary>A Retry-After longer than this is handed back rather than waited out in-line.</summary>
    public static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(30);

    public async Task<SlackApiResult<T>> RunAsync<T>(Func<CancellationToken, Task<SlackApiResult<T>>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (var attempt = 1; ; attempt++)
        {
            var result = await call(cancellationToken);
            var wait = result.Status switch
            {
                SlackCallStatus.RateLimited => result.RetryAfter ?? TimeSpan.FromSeconds(1),
                SlackCallStatus.Transient => TimeSpan.FromSeconds(1 << (attempt - 1)),
                _ => (TimeSpan?)null,
            };
            if (wait is null || attempt >= MaxAttempts || wait > MaxInlineWait)
            {
                return result;
            }

            await Task.Delay(wait.Value, timeProvider, cancellationToken);
        }
    }
}
