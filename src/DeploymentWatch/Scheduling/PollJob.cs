using DeploymentWatch.Application.Polling;
using DeploymentWatch.Configuration;
using Quartz;

namespace DeploymentWatch.Scheduling;

/// <summary>
/// Polls the feeds that are due: one trigger for all feeds rather than one per feed keeps Quartz's store load flat.
/// Which feeds are due, and who takes each, is decided by the claim query in the state store (each feed's interval
/// and backoff live in its row), so polls on several nodes never take in the same feed. Delivery is a job of its
/// own (<see cref="DeliverJob"/>) and runs while a long poll goes on.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PollJob(IServiceScopeFactory scopes, FeedsFile feeds, ILogger<PollJob> logger) : IJob
{
    public static readonly JobKey Key = new("poll", "deploymentwatch");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // A scope per run: the feed reader behind the poller holds a typed HttpClient.
        await using var scope = scopes.CreateAsyncScope();
        var poll = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feeds.Feeds, ignoreSchedule: false, cancellationToken);
        if (poll.FeedsPolled > 0)
        {
            logger.LogInformation(
                "Poll: {Polled} feeds polled ({Failed} failed), {New} new items, {Alerts} alerts",
                poll.FeedsPolled, poll.Failures.Count, poll.NewItems, poll.Alerts.Count);
        }
    }
}
