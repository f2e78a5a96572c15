using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Configuration;

/// <summary>The feeds to poll and the default interval (the dispatcher's tick is derived from the shortest).</summary>
public sealed record FeedsFile(TimeSpan DefaultInterval, IReadOnlyList<FeedDefinition> Feeds);
