namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>The system clock moved by a fixed offset: an instance that lived in the past, for retention scenarios.</summary>
internal sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
