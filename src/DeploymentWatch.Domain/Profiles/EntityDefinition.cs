namespace DeploymentWatch.Domain.Profiles;

/// <summary>A named thing a topic needs nearby (e.g. "North Korean troops") and every way articles spell it.</summary>
public sealed record EntityDefinition(string Name, IReadOnlyList<string> Aliases);
