using System.ComponentModel.DataAnnotations;

namespace DeploymentWatch.Scheduling;

/// <summary>How often the poll job looks for due feeds, and the delivery job for due outbox entries.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Scheduling:Tick must be between 5 seconds and 1 hour.")]
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(20);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Scheduling:DeliveryTick must be between 1 second and 1 hour.")]
    public TimeSpan DeliveryTick { get; set; } = TimeSpan.FromSeconds(5);
}
