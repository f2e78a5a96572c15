using System.Globalization;

namespace DeploymentWatch.Discord.Alerts;

/// <summary>
/// Fits text into a limit after a transform (escaping), cutting at a word boundary when one is near and otherwise at
/// a grapheme boundary, never inside a surrogate pair or a combining sequence; a cut ends with "…". The result is
/// trimmed, because Discord trims before it counts.
/// </summary>
internal static class DiscordTextTruncator
{
    private const string Ellipsis = "…";

    public static string Fit(string? text, int maxLength, Func<string, string>? transform = null)
    {
        transform ??= static s => s;
        var raw = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var whole = transform(raw);
        if (whole.Length <= maxLength)
        {
            return whole;
        }

        if (maxLength <= Ellipsis.Length)
        {
            return "";
        }

        // Grapheme starts, plus the end; escaping only grows text, so a longer prefix never gets shorter.
        var starts = StringInfo.ParseCombiningCharacters(raw);
        int low = 0, high = starts.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (transform(raw[..starts[mid]].TrimEnd()).Length + Ellipsis.Length <= maxLength)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var prefix = raw[..starts[low]];
        var space = prefix.LastIndexOfAny([' ', '\n', '\t']);
        if (space >= prefix.Length / 2 && !char.IsWhiteSpace(raw[prefix.Length]))
        {
            prefix = prefix[..space];
        }

        var cut = transform(prefix.TrimEnd());
        return cut.Length == 0 ? "" : cut + Ellipsis;
    }
}
