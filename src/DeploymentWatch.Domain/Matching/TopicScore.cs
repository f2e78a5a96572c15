namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// How strongly an article supports a topic: <see cref="Score"/> (supporting sentences, lead ones counted twice)
/// against the profile's <see cref="Threshold"/>, with the hits that make up the supporting sentences and their
/// indexes.
/// </summary>
public sealed record TopicScore(
    string TopicId,
    double Score,
    double Threshold,
    IReadOnlyList<int> SupportingSentences,
    IReadOnlyList<TermHit> Hits)
{
    /// <summary>The supporting sentences that are in the headline or lead.</summary>
    public IReadOnlyList<int> LeadSentences { get; init; } = [];

    /// <summary>
    /// False when no topic reaching its threshold is supported in the headline or lead: the article is about
    /// something else and mentions the topic only in the background.
    /// </summary>
    public bool Anchored { get; init; } = true;

    /// <summary>The score reaches the threshold, whether or not the article is about the topics at all.</summary>
    public bool ReachesThreshold => Score >= Threshold && Score > 0;

    public bool IsMatch => ReachesThreshold && Anchored;

    /// <summary>The distinct terms that made it match, as labels ("North Korean troops", "killed").</summary>
    public IReadOnlyList<string> Terms => Hits.Select(h => h.Label).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
