using DeploymentWatch.Application.Delivery;
using Quartz;

namespace DeploymentWatch.Scheduling;

/// <summary>Delivers the outbox entries that are due, on its own trigger, so a long or blocked poll never holds it up.</summary>
[DisallowConcurrentExecution]
internal sealed class DeliverJob(OutboxDispatcher dispatcher, ILogger<DeliverJob> logger) : IJob
{
    public static readonly JobKey Key = new("deliver", "deploymentwatch");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sent = await dispatcher.DispatchAsync(cancellationToken);
        if (sent.Delivered > 0 || sent.Failed > 0)
        {
            logger.LogInformation(
                "Delivery: {Delivered} messages delivered, {Retried} retried, {Dropped} dropped", sent.Delivered, sent.Retried, sent.Failed);
        }
    }
}
