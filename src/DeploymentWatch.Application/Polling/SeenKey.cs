using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DeploymentWatch.Application.Polling;

/// <summary>
/// What the seen-item store keeps of an item: 8 bytes per key instead of the feed id, guid and title (about 280
/// bytes a row with their indexes). An item has an id key and, when its title has letters, a title key; it is
/// known when either was seen in that feed. The first 8 bytes of SHA-256 of "kind\nfeed\nvalue", big-endian, so
/// that PostgreSQL computes the same key in SQL when it migrates older rows (see the storage migrations).
/// </summary>
public static class SeenKey
{
    public static long ForItem(string feedId, string itemId) => Of('i', feedId, itemId);

    /// <summary>The title key's seen key, or null for a blank title key (untitled items are known by id only).</summary>
    public static long? ForTitle(string feedId, string? titleKey) =>
        string.IsNullOrWhiteSpace(titleKey) ? null : Of('t', feedId, titleKey);

    public static long Of(char kind, string feedId, string value)
    {
        ArgumentNullException.ThrowIfNull(feedId);
        ArgumentNullException.ThrowIfNull(value);
        var bytes = Encoding.UTF8.GetBytes($"{kind}\n{feedId}\n{value}");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }
}
