namespace DeploymentWatch.Domain.Articles;

/// <summary>
/// One spelling per article link: scheme and host lower-cased, default port, fragment and tracking parameters
/// (utm_*, fbclid, gclid, …) dropped, remaining parameters sorted, trailing slash trimmed.
/// </summary>
public static class LinkCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref",
        "ref_src", "cmpid", "ocid", "smid", "spm", "taid", "at_medium", "at_campaign", "ito", "ns_mchannel", "ns_source",
        "ns_campaign", "ns_linkname", "ns_fee", "outputtype", "rss", "feed",
    };

    public static Uri? Canonicalize(string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p[..(p.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0 ? eq : p.Length)]))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        var builder = new UriBuilder(uri.Scheme, uri.Host.ToLowerInvariant(), uri.IsDefaultPort ? -1 : uri.Port, path)
        {
            Query = query.Length == 0 ? string.Empty : string.Join('&', query),
        };
        return builder.Uri;
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
