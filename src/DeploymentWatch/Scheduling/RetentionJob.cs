using DeploymentWatch.Application.Retention;
using Quartz;

namespace DeploymentWatch.Scheduling;

/// <summary>Prunes seen items, finished outbox rows and old alerts past their horizons (Retention options).</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(RetentionPruner pruner) : IJob
{
    public static readonly JobKey Key = new("retention", "deploymentwatch");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await pruner.PruneAsync(cancellationToken);
}
