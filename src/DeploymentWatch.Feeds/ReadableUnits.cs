using System.Globalization;

namespace DeploymentWatch.Feeds;

/// <summary>Sizes and durations as people write them, so failure reasons read "5 MB", not "5242880".</summary>
internal static class ReadableUnits
{
    public static string Bytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => Invariant($"{bytes / (1024 * 1024)} MB"),
        >= 1024 when bytes % 1024 == 0 => Invariant($"{bytes / 1024} KB"),
        _ => Invariant($"{bytes} bytes"),
    };

    public static string Duration(TimeSpan duration) =>
        duration.Ticks % TimeSpan.TicksPerSecond == 0
            ? Invariant($"{(long)duration.TotalSeconds} s")
            : Invariant($"{(long)duration.TotalMilliseconds} ms");

    /// <summary>Keeps a reason on one line: exception messages sometimes carry newlines.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
