namespace DeploymentWatch.Domain.Figures;

/// <summary>Where a sentence names sources: chars [Start, End) in part <paramref name="Part"/> of the sentence.</summary>
internal sealed record AttributionSpan(int Part, int Start, int End, string[] Sources);
