namespace DeploymentWatch.Domain.Stories;

/// <summary>How alike two fingerprints are, feature by feature (for the decision and for `explain`-style output).</summary>
/// <param name="Apart">Time between the two publications; null when either is undated.</param>
/// <param name="Text">Estimated containment of the shorter text's 3-word shingles in the other's (0–1).</param>
/// <param name="Keywords">Jaccard of the keyword sets (0–1).</param>
/// <param name="Evidence">The weighted sum <see cref="StoryMatcher"/> decides on (see <see cref="StoryThresholds"/>).</param>
public sealed record StorySimilarity(TimeSpan? Apart, double Text, int SharedFigures, double Keywords, bool SharedTopic, double Evidence);
