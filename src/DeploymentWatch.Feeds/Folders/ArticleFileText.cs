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

    /// <summary>Reads the text of the file at <paramref name="path"/> into <paramref name="read"/>, which must not keep it.</summary>
    public delegate T TextHandler<out T>(ReadOnlySpan<char> text);

    /// <exception cref="ArticleFolderException">The file is larger than <paramref name="maxBytes"/>.</exception>
    public static string Read(string path, long maxBytes) => Read(path, maxBytes, static text => text.ToString());

    /// <summary>
    /// Decodes the file into a pooled buffer and hands it to <paramref name="read"/>, so a caller that keeps only part
    /// of it (the text after a header) makes one string.
    /// </summary>
    /// <exception cref="ArticleFolderException">The file is larger than <paramref name="maxBytes"/>.</exception>
    public static T Read<T>(string path, long maxBytes, TextHandler<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        // FileShare.ReadWrite: with FileShare.Read the runtime also takes an advisory lock on every file, one more
        // system call per article for a file only read.
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            throw new ArticleFolderException($"file larger than {ReadableUnits.Bytes(maxBytes)}: {path}");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            var filled = 0;
            while (filled < length)
            {
                var count = RandomAccess.Read(handle, buffer.AsSpan(filled, (int)length - filled), filled);
                if (count == 0)
                {
                    break; // The file shrank while it was read: what is there is the article.
                }

                filled += count;
            }

            return Decoded(buffer.AsSpan(0, filled), read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static T Decoded<T>(ReadOnlySpan<byte> bytes, TextHandler<T> read)
    {
        var (encoding, mark) = EncodingOf(bytes);
        var content = bytes[mark..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(encoding.GetMaxCharCount(content.Length), 1));
        try
        {
            return read(chars.AsSpan(0, encoding.GetChars(content, chars)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The encoding <paramref name="bytes"/>' byte order mark names (checked longest first), and the mark's length.</summary>
    private static (Encoding Encoding, int Mark) EncodingOf(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Utf32LittleEndian, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (Utf32BigEndian, 4),
        [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
        [0xFF, 0xFE, ..] => (Utf16LittleEndian, 2),
        [0xFE, 0xFF, ..] => (Utf16BigEndian, 2),
        _ => (Utf8, 0),
    };
}
