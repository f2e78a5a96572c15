using System.Globalization;
using System.Net;

namespace DeploymentWatch.Feeds.Http;

/// <summary>
/// The redirect rules every hop is held to: http/https only, no https→http downgrade, at most Feeds:MaxRedirects
/// hops. (The address each hop resolves to is checked when connecting.) Each refusal is one line.
/// </summary>
internal static class FeedRedirects
{
    public static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    public static string NonHttpRefused(Uri? target) => $"redirect to a non-HTTP address refused ({Shown(target)})";

    /// <summary>Where a redirect leads, or the reason it is not followed.</summary>
    public static (Uri? Next, string? Refusal) Follow(HttpResponseMessage response, Uri current, int hop, int maxRedirects)
    {
        var statusLine = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}");
        if (!response.Headers.NonValidated.TryGetValues("Location", out var values) || values.Count == 0)
        {
            return (null, $"{statusLine} without a Location");
        }

        var location = values.ToString().Trim();
        if (!Uri.TryCreate(current, location, out var target))
        {
            return (null, $"{statusLine}: redirect to an unreadable address refused");
        }

        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
        {
            return (null, NonHttpRefused(target));
        }

        if (current.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp)
        {
            return (null, $"{statusLine}: redirect from https to http refused");
        }

        if (maxRedirects == 0)
        {
            return (null, $"{statusLine}: redirects are switched off (Feeds:MaxRedirects = 0)");
        }

        return hop >= maxRedirects
            ? (null, string.Create(CultureInfo.InvariantCulture, $"too many redirects (more than {maxRedirects}); last was {statusLine} to {target.GetLeftPart(UriPartial.Path)}"))
            : (target, null);
    }

    /// <summary>Enough to tell where it pointed, never a script or data payload.</summary>
    private static string Shown(Uri? target) =>
        target is null ? "no address" : target.IsAbsoluteUri && !string.IsNullOrEmpty(target.Authority) ? target.GetLeftPart(UriPartial.Path) : target.Scheme + ":";
}
