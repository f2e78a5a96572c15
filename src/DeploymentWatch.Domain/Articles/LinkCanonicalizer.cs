using System.Buffers;

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
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        var trimmed = link.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        if (IsCanonical(trimmed, uri))
        {
            return uri;
        }

        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        var builder = new UriBuilder(uri.Scheme, uri.Host.ToLowerInvariant(), uri.IsDefaultPort ? -1 : uri.Port, path)
        {
            Query = CanonicalQuery(uri.Query),
        };
        return builder.Uri;
    }

    /// <summary>
    /// A link already in its one spelling (as most feed links are): plain chars only, so escaping cannot change it,
    /// written as the parsed link writes itself (lower-case scheme and host, no default port), and nothing to drop.
    /// Rebuilding it would parse it a second time for the same link, and the same original string.
    /// </summary>
    private static bool IsCanonical(string link, Uri uri) =>
        !link.AsSpan().ContainsAnyExcept(PlainLinkChars)
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0
        && uri.UserInfo.Length == 0
        && (uri.AbsolutePath.Length == 1 || !uri.AbsolutePath.EndsWith('/'))
        && string.Equals(uri.AbsoluteUri, link, StringComparison.Ordinal);

    private static readonly SearchValues<char> PlainLinkChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/:");

    // The parameters that are not tracking, sorted ordinally and joined by '&'; most article links have none.
    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var parameters = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        var kept = 0;
        foreach (var parameter in parameters)
        {
            var eq = parameter.IndexOf('=', StringComparison.Ordinal);
            if (!IsTracking(parameter[..(eq >= 0 ? eq : parameter.Length)]))
            {
                parameters[kept++] = parameter;
            }
        }

        // Equal parameters are equal strings, so an unstable sort gives what a stable one would.
        Array.Sort(parameters, 0, kept, StringComparer.Ordinal);
        return kept == 0 ? string.Empty : string.Join('&', parameters, 0, kept);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
