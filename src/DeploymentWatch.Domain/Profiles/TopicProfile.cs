namespace DeploymentWatch.Domain.Profiles;

/// <summary>
/// A topic users subscribe to. A sentence supports the topic when it holds a trigger, and an entity and (if the
/// profile lists any) a context term occur in it or within <see cref="Window"/> sentences before it, and it holds
/// no exclusion (e.g. "short-range" for the ICBM topic). The topic matches when the number of supporting
/// sentences reaches <see cref="Threshold"/>.
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
    int Colour);
