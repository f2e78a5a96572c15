namespace DeploymentWatch.Domain.Articles;

/// <summary>An article as the pipeline sees it: normalized plain text plus whatever metadata its feed gave.</summary>
/// <param name="FeedId">The feed it came from.</param>
/// <param name="ItemId">Its identity within that feed (guid, canonical link or content hash).</param>
/// <param name="Title">Headline; derived from the text when the feed gave none.</param>
/// <param name="Text">Plain text, paragraphs separated by '\n'.</param>
public sealed record Article(
    string FeedId,
    string ItemId,
    string Title,
    string Text,
    string? Outlet,
    Uri? Link,
    DateTimeOffset? Published);
