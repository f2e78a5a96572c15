namespace DeploymentWatch.Domain.Matching;

/// <summary>Term <paramref name="TermId"/> (its index in the matcher's term list) found at [Start, Start+Length) of the text.</summary>
public readonly record struct TermMatch(int TermId, int Start, int Length);
