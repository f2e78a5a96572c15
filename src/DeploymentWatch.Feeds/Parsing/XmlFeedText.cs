using System.Text;
using System.Text.RegularExpressions;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// Decodes a feed body once, from its byte order mark or XML declaration, so the safety check and the parser read
/// exactly the same text (two decoders that disagree could let a DOCTYPE past the check).
/// </summary>
internal static partial class XmlFeedText
{
    static XmlFeedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(body[3..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00]))
        {
            return Encoding.Unicode.GetString(body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? body[2..] : body);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || body.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C]))
        {
            return Encoding.BigEndianUnicode.GetString(body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? body[2..] : body);
        }

        return DeclaredEncoding(body).GetString(body);
    }

    private static Encoding DeclaredEncoding(ReadOnlySpan<byte> body)
    {
        // Latin-1 maps every byte, which is enough to read an ASCII declaration in any ASCII-compatible encoding.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 256)]);
        var match = EncodingDeclaration().Match(head);
        if (!match.Success)
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(match.Groups["name"].Value);
        }
        catch (ArgumentException)
        {
            // An unknown label is common on hand-made feeds; UTF-8 is what they almost always are.
            return Encoding.UTF8;
        }
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)["']""")]
    private static partial Regex EncodingDeclaration();
}
