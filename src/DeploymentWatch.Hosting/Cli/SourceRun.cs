using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Cli;

/// <summary>A run of a source's items, with how many the source holds in all, or the error that ends the source.</summary>
internal sealed record SourceRun(FeedDefinition Feed, IReadOnlyList<FeedItem> Items, int Total, string? Error);
