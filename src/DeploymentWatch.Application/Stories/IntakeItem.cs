using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Application.Stories;

/// <summary>
/// A new item of a feed, ready to take in: its article, its seen keys, and its analysis when it is relevant and
/// recent enough to alert (null: it is only recorded as seen).
/// </summary>
public sealed record IntakeItem(Article Article, long ItemKey, long? TitleKey, ArticleAnalysis? Analysis)
{
    public IEnumerable<long> Keys => TitleKey is { } title ? [ItemKey, title] : [ItemKey];
}
