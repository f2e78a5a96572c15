using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Application.Stories;

/// <summary>
/// A new item of a feed, ready to take in: its article, its seen keys, and its analysis when it is relevant and
/// recent enough to alert (null: it is only recorded as seen), with its story fingerprint computed outside the
/// planning lock (the costly part: shingles and MinHash), dated by the planner when the article has no date.
/// </summary>
public sealed record IntakeItem(Article Article, long ItemKey, long? TitleKey, ArticleAnalysis? Analysis)
{
    public StoryFingerprint? Fingerprint { get; init; }

    public IEnumerable<long> Keys => TitleKey is { } title ? [ItemKey, title] : [ItemKey];
}
