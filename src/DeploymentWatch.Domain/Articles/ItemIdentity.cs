using System.Security.Cryptography;
using System.Text;

namespace DeploymentWatch.Domain.Articles;

/// <summary>
/// The id that makes an item new once within its feed: the guid, else the canonical link, else a hash of its
/// title and text. Never a publication date: publishers bump those.
/// </summary>
public static class ItemIdentity
{
    public static string For(string? itemGuid, Uri? canonicalLink, string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        if (!string.IsNullOrWhiteSpace(itemGuid))
        {
            return "guid:" + itemGuid.Trim();
        }

        if (canonicalLink is not null)
        {
            return "link:" + canonicalLink.AbsoluteUri;
        }

        return "hash:" + ContentHash(title + "\n" + text);
    }

    public static string ContentHash(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32];
    }
}
