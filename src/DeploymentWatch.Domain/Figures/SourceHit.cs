namespace DeploymentWatch.Domain.Figures;

/// <summary>A source alias found at [Start, End) of a folded sentence.</summary>
internal readonly record struct SourceHit(string SourceId, int Start, int End)
{
    /// <summary>Which alias matched (its index in <see cref="SourceAliases"/>).</summary>
    public int TermId { get; init; }
}
