using System.Globalization;
using System.Text.RegularExpressions;
using DeploymentWatch.Application.Polling;
using YamlDotNet.RepresentationModel;

namespace DeploymentWatch.Configuration;

/// <summary>
/// Reads and validates config/feeds.yaml. Relative local sources resolve against the folder that holds the config
/// folder (the repository root by default), so `source: seeds` means the shipped seed articles.
/// </summary>
public static partial class FeedsFileLoader
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromHours(48);
    private static readonly TimeSpan ShortestInterval = TimeSpan.FromMinutes(1);

    public static FeedsFile Load(string path)
    {
        var file = new YamlFile(path);
        var root = file.LoadRoot();
        file.CheckKeys(root, "defaults", "feeds");
        var interval = DefaultInterval;
        TimeSpan? maxAge = DefaultMaxAge;
        if (YamlFile.Get(root, "defaults") is YamlMappingNode defaults)
        {
            file.CheckKeys(defaults, "interval", "max_age");
            interval = ReadInterval(file, defaults) ?? interval;
            maxAge = ReadMaxAge(file, defaults, maxAge);
        }

        var baseDirectory = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? Directory.GetCurrentDirectory();
        var feeds = new List<FeedDefinition>();
        foreach (var map in file.Mappings(root, "feeds", required: true))
        {
            file.CheckKeys(map, "id", "source", "interval", "max_age", "outlet");
            var id = file.RequiredString(map, "id");
            if (!FeedId().IsMatch(id))
            {
                throw file.Error(map, $"feed id '{id}' must be lower-case letters, digits, '-' or '_'.");
            }

            if (feeds.Any(f => f.Id == id))
            {
                throw file.Error(map, $"feed id '{id}' is used twice.");
            }

            var source = ResolveSource(file, map, baseDirectory);
            var isLocalFolder = !IsUrl(source) && Directory.Exists(source);

            // A local folder is a fixed archive, not a stream: its articles are old by nature and must not be cut off.
            var feedMaxAge = YamlFile.Get(map, "max_age") is null && isLocalFolder ? null : ReadMaxAge(file, map, maxAge);
            feeds.Add(new FeedDefinition(id, source, ReadInterval(file, map) ?? interval, feedMaxAge, file.OptionalString(map, "outlet")));
        }

        return new FeedsFile(interval, feeds);
    }

    /// <summary>Reads "90s", "15m", "2h", "3d".</summary>
    public static bool TryParseSpan(string text, out TimeSpan span)
    {
        span = default;
        var match = Span().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        span = match.Groups[2].Value switch
        {
            "s" => TimeSpan.FromSeconds(count),
            "m" => TimeSpan.FromMinutes(count),
            "h" => TimeSpan.FromHours(count),
            _ => TimeSpan.FromDays(count),
        };
        return span > TimeSpan.Zero;
    }

    private static string ResolveSource(YamlFile file, YamlMappingNode map, string baseDirectory)
    {
        var source = file.RequiredString(map, "source");
        if (IsUrl(source))
        {
            return Uri.TryCreate(source, UriKind.Absolute, out _) ? source : throw file.Error(map, $"'{source}' is not a valid URL.");
        }

        if (source.Contains("://", StringComparison.Ordinal))
        {
            throw file.Error(map, $"'{source}': only http and https URLs, feed files and folders are supported.");
        }

        return Path.IsPathRooted(source) ? source : Path.GetFullPath(Path.Combine(baseDirectory, source));
    }

    private static bool IsUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static TimeSpan? ReadInterval(YamlFile file, YamlMappingNode map)
    {
        var text = file.OptionalString(map, "interval");
        if (text is null)
        {
            return null;
        }

        if (!TryParseSpan(text, out var interval) || interval < ShortestInterval)
        {
            throw file.Error(YamlFile.Get(map, "interval")!, $"interval '{text}' must be a duration of at least 1m, e.g. 15m or 1h.");
        }

        return interval;
    }

    private static TimeSpan? ReadMaxAge(YamlFile file, YamlMappingNode map, TimeSpan? fallback)
    {
        var text = file.OptionalString(map, "max_age");
        if (text is null)
        {
            return fallback;
        }

        if (string.Equals(text, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return TryParseSpan(text, out var age)
            ? age
            : throw file.Error(YamlFile.Get(map, "max_age")!, $"max_age '{text}' must be a duration such as 48h, or off.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex FeedId();

    [GeneratedRegex("^([0-9]{1,6})([smhd])$")]
    private static partial Regex Span();
}
