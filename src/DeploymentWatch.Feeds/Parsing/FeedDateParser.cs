using System.Globalization;
using System.Text.RegularExpressions;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>
/// Culture-independent dates for feeds and article metadata: ISO 8601 (Atom, dc:date, index.yaml) and RFC 822
/// (RSS pubDate, including named US zones). A date without a time or zone is taken as UTC, so "2024-12-23" is UTC midnight.
/// </summary>
internal static partial class FeedDateParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5,
        ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        return IsoStart().IsMatch(text) ? ParseIso(text) : ParseRfc822(text);
    }

    private static DateTimeOffset? ParseIso(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;

    private static DateTimeOffset? ParseRfc822(string text)
    {
        var match = Rfc822().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var month = Array.IndexOf(Months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        year = year switch { < 50 => 2000 + year, < 100 => 1900 + year, _ => year };
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        if (month == 0 || year > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, Offset(match.Groups["zone"].Value));
    }

    /// <summary>"+0530", a named zone, or nothing; unknown names (military letters) count as UTC, as RFC 1123 advises.</summary>
    private static TimeSpan Offset(string zone)
    {
        if (zone.Length == 5 && (zone[0] == '+' || zone[0] == '-'))
        {
            var minutes = (int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture) * 60) + int.Parse(zone.AsSpan(3, 2), CultureInfo.InvariantCulture);
            return TimeSpan.FromMinutes(zone[0] == '-' ? -minutes : minutes) is var offset && offset.Duration() <= TimeSpan.FromHours(14)
                ? offset
                : TimeSpan.Zero;
        }

        return ZoneHours.TryGetValue(zone, out var hours) ? TimeSpan.FromHours(hours) : TimeSpan.Zero;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoStart();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{2,4})\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?\s*(?<zone>[+-]\d{4}|[A-Za-z]{1,5})?$")]
    private static partial Regex Rfc822();
}
