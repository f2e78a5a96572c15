namespace DeploymentWatch.Domain.Profiles;

/// <summary>Who a figure is attributed to (an id from the corpus format, e.g. "kr-nis"), as users read it ("NIS").</summary>
public sealed record SourceDefinition(string Id, string DisplayName, IReadOnlyList<string> Aliases);
