namespace DeploymentWatch.Application.Stories;

/// <summary>What one planning transaction writes: the planned alerts and the seen keys of every item taken in.</summary>
public sealed record StoryBatch(IReadOnlyList<StoryPlan> Plans, IReadOnlyCollection<long> SeenKeys, DateTimeOffset SeenAt);
