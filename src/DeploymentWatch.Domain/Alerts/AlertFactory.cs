using System.Security.Cryptography;
using System.Text;
using DeploymentWatch.Domain.Analysis;

namespace DeploymentWatch.Domain.Alerts;

/// <summary>Makes the alert for an analysed, relevant article; its id is derived from feed and item, so it is stable.</summary>
public static class AlertFactory
{
    private const int IdHexChars = 20;

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
            Topics: MatchedTopicIds(analysis),
            Summary: analysis.Summary,
            MatchedTerms: analysis.MatchedTerms,
            Figures: analysis.Figures,
            CreatedAt: now);
    }

    /// <summary>"a-" and the first 20 hex digits of the SHA-256 of "feed\nitem" in UTF-8 (ItemIdentity.ContentHash's digits).</summary>
    public static string AlertId(string feedId, string itemId)
    {
        // Spans, so a null id hashes as the empty string, as the concatenation did.
        ReadOnlySpan<char> feed = feedId;
        ReadOnlySpan<char> item = itemId;
        var length = Encoding.UTF8.GetMaxByteCount(feed.Length + 1 + item.Length);
        var bytes = length <= 512 ? stackalloc byte[512] : new byte[length];
        var written = Encoding.UTF8.GetBytes(feed, bytes);
        bytes[written++] = (byte)'\n';
        written += Encoding.UTF8.GetBytes(item, bytes[written..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], hash);
        Span<char> id = stackalloc char[2 + IdHexChars];
        id[0] = 'a';
        id[1] = '-';
        Convert.TryToHexStringLower(hash[..(IdHexChars / 2)], id[2..], out _);
        return new string(id);
    }

    // The matched topics' ids in the analysis's order, without the intermediate lists of MatchedTopics.
    private static string[] MatchedTopicIds(ArticleAnalysis analysis)
    {
        var count = 0;
        foreach (var topic in analysis.Topics)
        {
            count += topic.IsMatch ? 1 : 0;
        }

        var ids = new string[count];
        count = 0;
        foreach (var topic in analysis.Topics)
        {
            if (topic.IsMatch)
            {
                ids[count++] = topic.TopicId;
            }
        }

        return ids;
    }
}
