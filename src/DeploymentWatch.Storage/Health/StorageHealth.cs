namespace DeploymentWatch.Storage.Health;

/// <summary>
/// Whether the last write reached the database. A full disk, an I/O error or a read-only file fails writes while
/// reads still answer, so a read probe alone would say "ok" throughout; this keeps the failure until a write
/// succeeds. One per process, shared by every store.
/// </summary>
public sealed class StorageHealth(TimeProvider timeProvider)
{
    private volatile string? failure;

    /// <summary>Null while writes succeed; else what failed and when, in one line.</summary>
    public string? WriteFailure => failure;

    internal void WriteFailed(string reason) =>
        failure = $"write failed at {timeProvider.GetUtcNow():yyyy-MM-dd HH:mm:ss}Z: {reason}";

    internal void WriteSucceeded() => failure = null;
}
