namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// When two articles are one story. Both must be published within <see cref="Window"/> of each other; then either
/// their texts are near-duplicates (<see cref="NearDuplicate"/>, estimated shingle Jaccard), or they share at least
/// <see cref="MinSharedFigures"/> figures and either some text (<see cref="RelatedText"/>) or a good part of their
/// proper names (<see cref="MinEntityOverlap"/>, Jaccard). A shared figure alone is not enough: "11,000 troops" is
/// repeated by every story for months. The defaults are set on the seeds, where rewrites of one JCS statement
/// share 4–15% of their shingles (articles a month apart share up to 9% boilerplate, so time does the separating).
/// </summary>
public sealed record StoryThresholds(
    TimeSpan Window,
    double NearDuplicate,
    double RelatedText,
    int MinSharedFigures,
    double MinEntityOverlap)
{
    public static StoryThresholds Default { get; } = new(TimeSpan.FromHours(48), 0.5, 0.03, 2, 0.15);
}
