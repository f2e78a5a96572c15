namespace DeploymentWatch.Domain.Stories;

/// <summary>How alike two fingerprints are, feature by feature (for the decision and for `explain`-style output).</summary>
/// <param name="Text">Estimated containment of the shorter text's 3-word shingles in the other's (0–1).</param>
/// <param name="Entities">Jaccard of the proper-name sets (0–1).</param>
public sealed record StorySimilarity(TimeSpan Apart, double Text, int SharedFigures, double Entities, bool SharedTopic);
