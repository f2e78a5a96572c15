namespace DeploymentWatch.Application.Delivery;

/// <summary>What happened to one send or edit; platform errors are values, not exceptions.</summary>
public sealed record DeliveryOutcome(DeliveryStatus Status, string? MessageRef, TimeSpan? RetryAfter, string? Reason)
{
    public static DeliveryOutcome Delivered(string? messageRef) => new(DeliveryStatus.Delivered, messageRef, null, null);

    public static DeliveryOutcome Retry(TimeSpan after, string reason) => new(DeliveryStatus.RetryLater, null, after, reason);

    public static DeliveryOutcome Rejected(string reason) => new(DeliveryStatus.Rejected, null, null, reason);

    public static DeliveryOutcome Gone(string reason) => new(DeliveryStatus.ChannelGone, null, null, reason);

    public static DeliveryOutcome TokenDead(string reason) => new(DeliveryStatus.TokenDead, null, null, reason);
}
