using System.ComponentModel.DataAnnotations;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Application.Stories;

/// <summary>Configuration section "Stories": when articles count as one story (see <see cref="StoryThresholds"/>).</summary>
public sealed class StoryOptions
{
    public const string SectionName = "Stories";

    [Range(typeof(TimeSpan), "00:10:00", "14.00:00:00", ErrorMessage = "Stories:Window must be between 10 minutes and 14 days.")]
    public TimeSpan Window { get; set; } = StoryThresholds.Default.Window;

    /// <summary>How far back (by when they were stored) alerts are looked at as possible stories to join.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00", ErrorMessage = "Stories:LookBack must be between 10 minutes and 30 days.")]
    public TimeSpan LookBack { get; set; } = TimeSpan.FromDays(3);

    [Range(0.05, 1.0, ErrorMessage = "Stories:NearDuplicate must be between 0.05 and 1.")]
    public double NearDuplicate { get; set; } = StoryThresholds.Default.NearDuplicate;

    [Range(0.0, 1.0, ErrorMessage = "Stories:MinEvidence must be between 0 and 1.")]
    public double MinEvidence { get; set; } = StoryThresholds.Default.MinEvidence;

    public StoryThresholds ToThresholds() => new(Window, NearDuplicate, MinEvidence);
}
