using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Configuration;
using Quartz;

namespace DeploymentWatch.Scheduling;

/// <summary>
/// The one dispatcher job: polls the feeds that are due (each feed's own interval and backoff live in its state
/// row), then delivers the outbox. One trigger for all feeds rather than one per feed keeps Quartz's store load
/// flat and clusters cleanly; DisallowConcurrentExecution keeps runs from overlapping, across the cluster too.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PollAndDeliverJob(FeedPoller poller, OutboxDispatcher dispatcher, FeedsFile feeds, ILogger<PollAndDeliverJob> logger) : IJob
{
    public static readonly JobKey Key = new("poll-and-deliver", "deploymentwatch");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var poll = await poller.PollAsync(feeds.Feeds, ignoreSchedule: false, cancellationToken);
        var sent = await dispatcher.DispatchAsync(cancellationToken);
        if (poll.FeedsPolled > 0 || sent.Delivered > 0 || sent.Failed > 0)
        {
            logger.LogInformation(
                "Cycle: {Polled} feeds polled ({Failed} failed), {New} new items, {Alerts} alerts; {Delivered} messages delivered, {Retried} retried, {Dropped} dropped",
                poll.FeedsPolled, poll.Failures.Count, poll.NewItems, poll.Alerts.Count, sent.Delivered, sent.Retried, sent.Failed);
        }
    }
}
