using System.Buffers;
using System.Text;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>
/// Reads an article file into a string as <see cref="File.ReadAllText(string)"/> does (a byte order mark names
/// UTF-8, UTF-16 or UTF-32; without one the file is UTF-8, and bytes that are not become U+FFFD), but with one
/// read into a pooled buffer and one string: the stream reader's buffers and string builder cost several times the
/// file's size in garbage, which on a folder of thousands of articles was most of the reading.
/// </summary>
internal static class ArticleFileText
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    private static readonly Encoding Utf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);
    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false);

    /// <exception cref="ArticleFolderException">The file is larger than <paramref name="maxBytes"/>.</exception>
    public static string Read(string path, long maxBytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            throw new ArticleFolderException($"file larger than {ReadableUnits.Bytes(maxBytes)}: {path}");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            var read = 0;
            while (read < length)
            {
                var count = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read);
                if (count == 0)
                {
                    break; // The file shrank while it was read: what is there is the article.
                }

                read += count;
            }

            return Decode(buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The text of <paramref name="bytes"/>, its encoding named by its byte order mark (checked longest first).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => Utf32LittleEndian.GetString(bytes[4..]),
        [0x00, 0x00, 0xFE, 0xFF, ..] => Utf32BigEndian.GetString(bytes[4..]),
        [0xEF, 0xBB, 0xBF, ..] => Utf8.GetString(bytes[3..]),
        [0xFF, 0xFE, ..] => Utf16LittleEndian.GetString(bytes[2..]),
        [0xFE, 0xFF, ..] => Utf16BigEndian.GetString(bytes[2..]),
        _ => Utf8.GetString(bytes),
    };
}
