namespace DeploymentWatch.Application.Polling;

/// <summary>An item as a feed or folder gave it, before normalization. <see cref="Content"/> may hold HTML.</summary>
public sealed record FeedItem(
    string? ItemGuid,
    string? Link,
    string? Title,
    string Content,
    DateTimeOffset? Published,
    string? Outlet);
