using DeploymentWatch.Application.Digests;
using Quartz;

namespace DeploymentWatch.Scheduling;

/// <summary>
/// Hourly: queues the daily digests whose hour has come. The delivery job sends them with the rest of the
/// outbox; the per-day outbox key keeps a digest single even if this runs twice in an hour or on two nodes.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DailyDigestJob(DigestSender digests, ILogger<DailyDigestJob> logger) : IJob
{
    public static readonly JobKey Key = new("daily-digest", "deploymentwatch");

    public const string Cron = "0 0 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var queued = await digests.QueueDueAsync(cancellationToken);
        if (queued > 0)
        {
            logger.LogInformation("Daily digests: {Count} channels due", queued);
        }
    }
}
