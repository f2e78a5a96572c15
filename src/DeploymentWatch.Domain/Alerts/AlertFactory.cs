using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Domain.Alerts;

/// <summary>Makes the alert for an analysed, relevant article; its id is derived from feed and item, so it is stable.</summary>
public static class AlertFactory
{
    public static Alert Create(ArticleAnalysis analysis, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var article = analysis.Article;
        return new Alert(
            Id: AlertId(article.FeedId, article.ItemId),
            FeedId: article.FeedId,
            ItemId: article.ItemId,
            Title: article.Title,
            Outlet: article.Outlet,
            Link: article.Link,
            Published: article.Published,
            Topics: analysis.MatchedTopics.Select(t => t.TopicId).ToArray(),
            Summary: analysis.Summary,
            MatchedTerms: analysis.MatchedTerms,
            Figures: analysis.Figures,
            CreatedAt: now);
    }

    public static string AlertId(string feedId, string itemId) => "a-" + ItemIdentity.ContentHash(feedId + "\n" + itemId)[..20];
}
