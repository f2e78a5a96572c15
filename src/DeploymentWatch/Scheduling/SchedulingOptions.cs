using System.ComponentModel.DataAnnotations;

namespace DeploymentWatch.Scheduling;

/// <summary>How often the dispatcher job looks for due feeds and outbox entries.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Scheduling:Tick must be between 5 seconds and 1 hour.")]
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(20);
}
