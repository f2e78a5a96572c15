namespace DeploymentWatch.TestKit.Feeds;

/// <summary>One request the loopback feed server received; header names are case-insensitive.</summary>
public sealed record RecordedFeedRequest(string Path, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
