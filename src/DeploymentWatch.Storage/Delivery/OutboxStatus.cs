namespace DeploymentWatch.Storage.Delivery;

/// <summary>The values of outbox.status (a CHECK constraint holds the table to them).</summary>
internal static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
