namespace DeploymentWatch.Domain.Figures;

/// <summary>Where a sentence names sources: chars [Start, End) in part <paramref name="Part"/> of the sentence.</summary>
internal sealed record AttributionSpan(int Part, int Start, int End, string[] Sources)
{
    /// <summary>Named after "citing" or "quoting": the origin of the figure, over whoever passed it on.</summary>
    public bool Citing { get; init; }

    public AttributionRule Rule { get; init; } = AttributionRule.InSentence;

    /// <summary>
    /// Where the coordinate clause holding the span starts (", and Western sources suggest 6,000 …"), when the span
    /// introduces a number of its own there; -1 otherwise. Such a source speaks for that clause, not for numbers
    /// before it.
    /// </summary>
    public int CoordinateStart { get; init; } = -1;

    /// <summary>
    /// Where the comparison holding the span starts ("…, lower than recent figures from Seoul"), when the span stands
    /// in one; -1 otherwise. The source compared with speaks for no number before the comparison.
    /// </summary>
    public int ComparisonStart { get; init; } = -1;

    /// <summary>Does the span reach a number at <paramref name="position"/> outside its own clause?</summary>
    public bool Reaches(int position) => (CoordinateStart < 0 || position > CoordinateStart) && (ComparisonStart < 0 || position > ComparisonStart);
}
