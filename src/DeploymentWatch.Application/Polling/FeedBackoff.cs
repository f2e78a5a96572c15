namespace DeploymentWatch.Application.Polling;

/// <summary>
/// Exponential backoff per feed after failures: the interval doubles with each failure in a row, capped at six
/// hours, so a dead host is asked rarely and a flaky one recovers on its own.
/// </summary>
public static class FeedBackoff
{
    public static readonly TimeSpan Cap = TimeSpan.FromHours(6);

    public static TimeSpan After(TimeSpan interval, int consecutiveFailures)
    {
        if (consecutiveFailures <= 0)
        {
            return interval;
        }

        var factor = Math.Pow(2, Math.Min(consecutiveFailures, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(interval.Ticks * factor, Cap.Ticks));
        return delay < interval ? interval : delay;
    }
}
