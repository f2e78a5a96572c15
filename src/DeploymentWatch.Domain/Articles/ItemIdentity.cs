using System.Buffers;
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

    /// <summary>The first 32 lower-case hex digits of the SHA-256 of <paramref name="content"/> in UTF-8.</summary>
    public static string ContentHash(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        // Hashed from a rented buffer and hex-printed from the digest's first 16 bytes: no copy of the text's bytes
        // and no 64-digit string cut to 32.
        var length = Encoding.UTF8.GetMaxByteCount(content.Length);
        var rented = length <= 1024 ? null : ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var bytes = rented ?? stackalloc byte[1024];
            var written = Encoding.UTF8.GetBytes(content, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes[..written], hash);
            return Convert.ToHexStringLower(hash[..16]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
