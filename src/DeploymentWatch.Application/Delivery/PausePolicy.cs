namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// How long a channel that answered "later" is left alone: the platform's wait the first time (a rate limit's wait
/// is exact), then at least a backoff doubling from 5 s while the same head entry keeps meeting "later", capped.
/// </summary>
public static class PausePolicy
{
    private static readonly TimeSpan Floor = TimeSpan.FromSeconds(1);

    /// <param name="retryAfter">What the platform asked for, if anything.</param>
    /// <param name="previousAttempts">How often the entry at the head of the channel was really tried before.</param>
    /// <param name="max">The longest pause.</param>
    public static TimeSpan For(TimeSpan? retryAfter, int previousAttempts, TimeSpan max)
    {
        var backoff = previousAttempts <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(5 * Math.Pow(2, Math.Min(previousAttempts - 1, 20)));
        var wait = retryAfter is { } asked && asked > backoff ? asked : backoff;
        wait = wait < Floor ? Floor : wait;
        return wait > max ? max : wait;
    }
}
