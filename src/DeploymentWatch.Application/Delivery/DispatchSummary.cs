namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// What one pass over the outbox did. <see cref="Retried"/> counts entries left waiting (behind a paused channel or
/// platform), not failures; <see cref="Merged"/> counts entries folded into backlog digests.
/// </summary>
public sealed record DispatchSummary(int Delivered, int Retried, int Failed, int ChannelsDisabled, int Merged = 0)
{
    public static DispatchSummary Empty { get; } = new(0, 0, 0, 0);

    public DispatchSummary Add(DispatchSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Delivered + other.Delivered, Retried + other.Retried, Failed + other.Failed,
            ChannelsDisabled + other.ChannelsDisabled, Merged + other.Merged);
    }
}
