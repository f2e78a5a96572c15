using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Application.Polling;

/// <summary>Turns a raw feed item into an article: plain text, canonical link, a title, and its identity in the feed.</summary>
public static class ArticleBuilder
{
    public static Article Build(FeedDefinition feed, FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(item);
        var text = TextNormalizer.Normalize(item.Content);
        var title = TextNormalizer.CollapseWhitespace(TextNormalizer.Normalize(item.Title)).Replace('\n', ' ');
        if (string.IsNullOrWhiteSpace(title))
        {
            title = TitleDeriver.Derive(SentenceSplitter.Split(text));
        }

        var link = LinkCanonicalizer.Canonicalize(item.Link);
        var itemId = ItemIdentity.For(item.ItemGuid, link, title, text);
        return new Article(feed.Id, itemId, title, text, item.Outlet ?? feed.Outlet, link, item.Published);
    }

    /// <summary>The title key that blocks a re-published item with a new guid; the item id when the title has no letters.</summary>
    public static string TitleKey(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var key = TextNormalizer.TitleKey(article.Title);
        return key.Length >= 8 ? "title:" + key : article.ItemId;
    }
}
