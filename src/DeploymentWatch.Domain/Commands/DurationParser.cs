using System.Globalization;

namespace DeploymentWatch.Domain.Commands;

/// <summary>
/// Reads mute durations: "30m", "6h", "2d", "1w" (also "90min", "12 hours"), or "until 2025-02-01"
/// (midnight UTC of that date) / "until 2025-02-01T08:00". Nothing, zero, over a year, or a past date is an error.
/// </summary>
public static class DurationParser
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(366);

    private static readonly (string Suffix, TimeSpan Unit)[] Units =
    [
        ("minutes", TimeSpan.FromMinutes(1)), ("minute", TimeSpan.FromMinutes(1)), ("mins", TimeSpan.FromMinutes(1)),
        ("min", TimeSpan.FromMinutes(1)), ("m", TimeSpan.FromMinutes(1)),
        ("hours", TimeSpan.FromHours(1)), ("hour", TimeSpan.FromHours(1)), ("hrs", TimeSpan.FromHours(1)),
        ("hr", TimeSpan.FromHours(1)), ("h", TimeSpan.FromHours(1)),
        ("days", TimeSpan.FromDays(1)), ("day", TimeSpan.FromDays(1)), ("d", TimeSpan.FromDays(1)),
        ("weeks", TimeSpan.FromDays(7)), ("week", TimeSpan.FromDays(7)), ("w", TimeSpan.FromDays(7)),
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
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                continue;
            }

            if (count <= 0)
            {
                error = $"'{text}' is not a duration: it must be longer than zero.";
                return false;
            }

            var span = unit * count;
            if (span > Longest)
            {
                error = $"'{text}' is longer than a year; mute without a duration to mute until unmuted.";
                return false;
            }

            until = now + span;
            return true;
        }

        error = $"'{text}' is not a duration. Use 30m, 6h, 2d, 1w or until YYYY-MM-DD.";
        return false;
    }

    private static bool TryParseUntil(string date, DateTimeOffset now, out DateTimeOffset until, out string? error)
    {
        until = default;
        error = null;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
        if (!DateTime.TryParseExact(date, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            error = $"'until {date}' is not a date. Use until YYYY-MM-DD (UTC) or until YYYY-MM-DDTHH:MM.";
            return false;
        }

        until = new DateTimeOffset(parsed, TimeSpan.Zero);
        if (until <= now)
        {
            error = $"'until {date}' is in the past.";
            return false;
        }

        return true;
    }
}
