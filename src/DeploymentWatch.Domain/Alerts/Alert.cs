using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Alerts;

/// <summary>
/// A summarized alert about one article, platform-neutral: what it is, which topics it matched, a 1–3 sentence
/// extractive summary, why it matched (the terms), and the figures it reported.
/// </summary>
public sealed record Alert(
    string Id,
    string FeedId,
    string ItemId,
    string Title,
    string? Outlet,
    Uri? Link,
    DateTimeOffset? Published,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<Figure> Figures,
    DateTimeOffset CreatedAt,
    string? StoryId = null)
{
    /// <summary>What its story is recognised by; null on alerts stored before stories existed.</summary>
    public StoryFingerprint? Fingerprint { get; init; }

    /// <summary>Lines put before the summary ("NIS raises its estimate…"), kept so a story's later edits repeat them.</summary>
    public IReadOnlyList<string>? Headlines { get; init; }
}
