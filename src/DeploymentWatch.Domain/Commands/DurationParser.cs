using System.Globalization;

namespace DeploymentWatch.Domain.Commands;

/// <summary>
/// Reads mute durations: "30m", "6h", "2d", "1w" (also "90min", "12 hours"), or "until 2025-02-01"
/// (midnight UTC of that date) / "until 2025-02-01T08:00" (UTC; a trailing "Z" or " UTC" is allowed). Nothing,
/// zero, more than <see cref="Longest"/>, or a past date is an error; no input can overflow.
/// </summary>
public static class DurationParser
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(366);

    public const string TooLong = "mutes last at most 366 days; mute without a duration to mute until unmuted.";

    private static readonly (string Suffix, TimeSpan Unit)[] Units =
    [
        ("minutes", TimeSpan.FromMinutes(1)), ("minute", TimeSpan.FromMinutes(1)), ("mins", TimeSpan.FromMinutes(1)),
        ("min", TimeSpan.FromMinutes(1)), ("m", TimeSpan.FromMinutes(1)),
        ("hours", TimeSpan.FromHours(1)), ("hour", TimeSpan.FromHours(1)), ("hrs", TimeSpan.FromHours(1)),
        ("hr", TimeSpan.FromHours(1)), ("h", TimeSpan.FromHours(1)),
        ("days", TimeSpan.FromDays(1)), ("day", TimeSpan.FromDays(1)), ("d", TimeSpan.FromDays(1)),
        ("weeks", TimeSpan.FromDays(7)), ("week", TimeSpan.FromDays(7)), ("w", TimeSpan.FromDays(7)),
    ];

    private static readonly string[] UntilFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss",
    ];

    /// <summary>Returns the end time, or an error saying what a duration looks like.</summary>
    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset until, out string? error)
    {
        until = default;
        error = null;
        var input = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (input.StartsWith("until ", StringComparison.Ordinal) || input.StartsWith("until:", StringComparison.Ordinal))
        {
            return TryParseUntil(input[6..].Trim(), now, out until, out error);
        }

        foreach (var (suffix, unit) in Units)
        {
            if (!input.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var number = input[..^suffix.Length].Trim();
            if (number.Length == 0 || !number.All(char.IsAsciiDigit))
            {
                continue;
            }

            // Compared in whole units before multiplying: "99999999d" must be "too long", not an overflow.
            var most = Longest.Ticks / unit.Ticks;
            if (number.TrimStart('0').Length > 18 || long.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture) > most)
            {
                error = $"'{text}' is too long: {TooLong}";
                return false;
            }

            var count = long.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture);
            if (count <= 0)
            {
                error = $"'{text}' is not a duration: it must be longer than zero.";
                return false;
            }

            until = now + TimeSpan.FromTicks(unit.Ticks * count);
            return true;
        }

        error = $"'{text}' is not a duration. Use 30m, 6h, 2d, 1w, until YYYY-MM-DD or until YYYY-MM-DDTHH:MM (UTC).";
        return false;
    }

    private static bool TryParseUntil(string date, DateTimeOffset now, out DateTimeOffset until, out string? error)
    {
        until = default;
        error = null;
        // The input was lower-cased; the formats want the 'T' separator as written in ISO 8601.
        var written = date.ToUpperInvariant();
        foreach (var zone in (string[])[" UTC", "Z"])
        {
            if (written.EndsWith(zone, StringComparison.Ordinal))
            {
                written = written[..^zone.Length].TrimEnd();
                break;
            }
        }

        if (!DateTime.TryParseExact(written, UntilFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            error = $"'until {date}' is not a date. Use until YYYY-MM-DD or until YYYY-MM-DDTHH:MM (both UTC).";
            return false;
        }

        until = new DateTimeOffset(parsed, TimeSpan.Zero);
        if (until <= now)
        {
            error = $"'until {date}' is in the past.";
            return false;
        }

        if (until - now > Longest)
        {
            error = $"'until {date}' is too far ahead: {TooLong}";
            return false;
        }

        return true;
    }
}
