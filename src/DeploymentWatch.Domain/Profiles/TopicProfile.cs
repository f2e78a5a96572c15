namespace DeploymentWatch.Domain.Profiles;

/// <summary>
/// A topic users subscribe to. A sentence supports the topic when it holds a trigger and one of the entities is in
/// the same sentence or within <see cref="Window"/> sentences before it; the topic matches when the summed weight of
/// supporting sentences reaches <see cref="Threshold"/>. <see cref="Exclusions"/> cancel a sentence's support
/// (e.g. "short-range" for the ICBM topic).
/// </summary>
public sealed record TopicProfile(
    string Id,
    string Description,
    IReadOnlyList<EntityDefinition> Entities,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> Exclusions,
    double Threshold,
    int Window,
    int Colour);
