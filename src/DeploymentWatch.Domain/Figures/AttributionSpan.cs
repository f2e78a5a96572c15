namespace DeploymentWatch.Domain.Figures;

/// <summary>Where a sentence names sources: chars [Start, End) in part <paramref name="Part"/> of the sentence.</summary>
internal sealed record AttributionSpan(int Part, int Start, int End, string[] Sources)
{
    /// <summary>Named after "citing" or "quoting": the origin of the figure, over whoever passed it on.</summary>
    public bool Citing { get; init; }

    public AttributionRule Rule { get; init; } = AttributionRule.InSentence;
}
