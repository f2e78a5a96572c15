using System.ComponentModel.DataAnnotations;

namespace DeploymentWatch.Scheduling;

/// <summary>
/// How often the poll job looks for due feeds, and the delivery job for due outbox entries; on PostgreSQL, how often
/// each instance checks in with the cluster and how late a check-in may be before the others take over its triggers.
/// </summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Scheduling:Tick must be between 5 seconds and 1 hour.")]
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(20);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Scheduling:DeliveryTick must be between 1 second and 1 hour.")]
    public TimeSpan DeliveryTick { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an instance records in the clustered job store (PostgreSQL) that it is alive.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Scheduling:ClusterCheckin must be between 1 second and 10 minutes.")]
    public TimeSpan ClusterCheckin { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How far past its check-in interval a silent instance is declared dead and its triggers recovered by another
    /// (Quartz's default). Until then a killed instance's poll and delivery triggers fire nowhere; what it had
    /// claimed itself (feeds, outbox entries) comes back with those claims' own, shorter leases.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Scheduling:ClusterFailover must be between 1 second and 10 minutes.")]
    public TimeSpan ClusterFailover { get; set; } = TimeSpan.FromMilliseconds(7500);
}
