using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Dashboard;

/// <summary>How many undelivered entries wait for a channel.</summary>
public sealed record OutboxBacklog(ChannelAddress Channel, int Pending);
