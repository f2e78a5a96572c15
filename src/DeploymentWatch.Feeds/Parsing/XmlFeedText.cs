using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using UtfUnknown;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// Decodes a feed body once, so the safety check and the parser read exactly the same text (two decoders that
/// disagree could let a DOCTYPE past the check). The encoding comes from, in order: the byte order mark, the HTTP
/// charset, the XML declaration, an HTML meta tag; a body that is not valid UTF-8 under none of those (or under a
/// UTF-8 claim it breaks) goes to a charset detector, and is refused when the detector is unsure.
/// </summary>
internal static partial class XmlFeedText
{
    /// <summary>Below this the detector's guess is a coin toss; mojibake would then reach the channels silently.</summary>
    public const float MinimumConfidence = 0.5f;

    private const int DetectorSample = 64 * 1024;

    static XmlFeedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, or null and the reason in <paramref name="problem"/>.</summary>
    public static string? Decode(ReadOnlySpan<byte> body, string? httpCharset, out string? problem)
    {
        problem = null;
        if (ByteOrderMark(body) is { } bom)
        {
            return bom.Encoding.GetString(body[bom.Length..]);
        }

        // A UTF-8 claim that the bytes break is passed over: the next claim (or the detector) may be right.
        Encoding? declared = null;
        foreach (var claim in (Encoding?[])[Named(httpCharset), Named(Declaration(body))])
        {
            declared ??= claim;
            if (claim is not null && claim.CodePage != Encoding.UTF8.CodePage)
            {
                return claim.GetString(body);
            }
        }

        if (Utf8.IsValid(body))
        {
            return Encoding.UTF8.GetString(body);
        }

        var detected = CharsetDetector.DetectFromBytes(body[..Math.Min(body.Length, DetectorSample)]).Detected;
        if (detected?.Encoding is { } encoding && detected.Confidence >= MinimumConfidence && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return encoding.GetString(body);
        }

        var guess = detected?.EncodingName is { } name
            ? string.Create(CultureInfo.InvariantCulture, $"best guess {name}, {detected.Confidence:P0} sure")
            : "no guess";
        problem = declared is null
            ? $"cannot tell the body's encoding: it is not UTF-8 and declares none (no byte order mark, HTTP charset, XML declaration or meta tag; detector: {guess})"
            : $"the body claims UTF-8 but is not UTF-8, and its real encoding cannot be told (detector: {guess})";
        return null;
    }

    /// <summary>The charset parameter of a Content-Type header value, if any.</summary>
    public static string? CharsetOf(string? contentType) =>
        contentType is not null && CharsetParameter().Match(contentType) is { Success: true } match ? match.Groups["name"].Value : null;

    private static (Encoding Encoding, int Length)? ByteOrderMark(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00]))
        {
            return (Encoding.Unicode, body[0] == 0xFF ? 2 : 0);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || body.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C]))
        {
            return (Encoding.BigEndianUnicode, body[0] == 0xFE ? 2 : 0);
        }

        return null;
    }

    /// <summary>The XML declaration's encoding, else an HTML meta charset near the start.</summary>
    private static string? Declaration(ReadOnlySpan<byte> body)
    {
        // Latin-1 maps every byte, which is enough to read an ASCII declaration in any ASCII-compatible encoding.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]);
        var match = EncodingDeclaration().Match(head);
        if (match.Success)
        {
            return match.Groups["name"].Value;
        }

        match = MetaCharset().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>An encoding by label; null for a missing or unknown label (common on hand-made feeds).</summary>
    private static Encoding? Named(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(label.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)["']""")]
    private static partial Regex EncodingDeclaration();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""charset\s*=\s*["']?(?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();
}
