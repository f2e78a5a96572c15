using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Dashboard;

/// <summary>A channel's undelivered entries: how many, the oldest one's due time, and the last error among them.</summary>
public sealed record OutboxBacklog(ChannelAddress Channel, int Pending, DateTimeOffset OldestDue, string? LastError);
