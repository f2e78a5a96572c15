namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// How strongly an article supports a topic: <see cref="Score"/> (supporting sentences) against the profile's
/// <see cref="Threshold"/>, with the hits that make up the supporting sentences and their indexes.
/// </summary>
public sealed record TopicScore(
    string TopicId,
    double Score,
    double Threshold,
    IReadOnlyList<int> SupportingSentences,
    IReadOnlyList<TermHit> Hits)
{
    public bool IsMatch => Score >= Threshold && Score > 0;

    /// <summary>The distinct terms that made it match, as labels ("North Korean troops", "killed").</summary>
    public IReadOnlyList<string> Terms => Hits.Select(h => h.Label).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
