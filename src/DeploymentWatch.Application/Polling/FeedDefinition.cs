namespace DeploymentWatch.Application.Polling;

/// <summary>
/// One entry of config/feeds.yaml. <see cref="Source"/> is an http(s) URL, a local feed file, or a local folder of
/// article .txt files. <see cref="MaxAge"/> drops items older than that (null: no cutoff, as for local folders).
/// </summary>
public sealed record FeedDefinition(
    string Id,
    string Source,
    TimeSpan? Interval,
    TimeSpan? MaxAge,
    string? Outlet)
{
    public bool IsRemote =>
        Source.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || Source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
