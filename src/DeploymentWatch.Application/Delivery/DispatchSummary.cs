namespace DeploymentWatch.Application.Delivery;

/// <summary>What one pass over the outbox did.</summary>
public sealed record DispatchSummary(int Delivered, int Retried, int Failed, int ChannelsDisabled);
