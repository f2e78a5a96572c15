namespace DeploymentWatch.Domain.Profiles;

/// <summary>
/// A topic users subscribe to. A sentence supports the topic when it holds a trigger (one not inside an
/// <see cref="Ignore"/> phrase), and an entity and (if the profile lists any) a context term occur in it or within
/// <see cref="Window"/> sentences before it, and it holds no exclusion (e.g. "short-range" for the ICBM topic).
/// A supporting sentence in the lead (the headline and the first <see cref="Lead"/> sentences) counts twice; the
/// topic matches when the count reaches <see cref="Threshold"/> and the article is about one of the topics at all,
/// i.e. some matching topic is supported in its lead (a late background line alone raises nothing).
/// </summary>
public sealed record TopicProfile(
    string Id,
    string Description,
    IReadOnlyList<EntityDefinition> Entities,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> Context,
    IReadOnlyList<string> Exclusions,
    double Threshold,
    int Window,
    int Colour)
{
    /// <summary>How many sentences after the headline make up the lead.</summary>
    public int Lead { get; init; } = 2;

    /// <summary>Phrases in which a trigger means something else ("kill chain", "lost ground", "Russian losses").</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>
    /// Other actors ("China", "South Korea's", "US"): a trigger whose nearest actor before it in its sentence is one of
    /// these rather than an entity is theirs ("China launches spy satellite as North Korea watches"), unless a word of
    /// saying or seeing stands between ("Japan said the ICBM flew 1,000 km").
    /// </summary>
    public IReadOnlyList<string> Others { get; init; } = [];

    /// <summary>
    /// For a topic whose events are rare and discrete (a launch): two alerts on it published this close together
    /// report one event, whatever their words; null for topics whose news runs on (a deployment, its losses).
    /// </summary>
    public TimeSpan? OneEventWithin { get; init; }
}
