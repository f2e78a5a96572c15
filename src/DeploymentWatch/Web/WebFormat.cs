using System.Globalization;

namespace DeploymentWatch.Web;

/// <summary>How times and numbers read on the pages: UTC, to the minute, the same on every machine.</summary>
internal static class WebFormat
{
    public static string Time(DateTimeOffset? when) =>
        when is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateTimeOffset? when) =>
        when is { } t ? t.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "undated";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
