using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Application.Stories;

/// <summary>
/// Configuration section "Stories": when articles count as one story (see <see cref="StoryThresholds"/>). Ranges are
/// checked by <see cref="StoryOptionsValidator"/>.
/// </summary>
public sealed class StoryOptions
{
    public const string SectionName = "Stories";

    public TimeSpan Window { get; set; } = StoryThresholds.Default.Window;

    /// <summary>How far back (by when they were stored) alerts are looked at as possible stories to join.</summary>
    public TimeSpan LookBack { get; set; } = TimeSpan.FromDays(3);

    public double NearDuplicate { get; set; } = StoryThresholds.Default.NearDuplicate;

    public double MinEvidence { get; set; } = StoryThresholds.Default.MinEvidence;

    public StoryThresholds ToThresholds() => new(Window, NearDuplicate, MinEvidence);
}
