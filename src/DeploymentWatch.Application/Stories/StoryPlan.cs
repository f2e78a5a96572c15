using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Alerts;

namespace DeploymentWatch.Application.Stories;

/// <summary>An alert ready to store (story id, fingerprint and headlines set) with the outbox entries it causes.</summary>
public sealed record StoryPlan(Alert Alert, IReadOnlyList<OutboxEntry> Outbox)
{
    public bool IsStoryUpdate => Alert.StoryId is not null;
}
