using System.Globalization;

namespace DeploymentWatch.Feeds.Http;

/// <summary>A non-2xx response as one line: the status line, or why a redirect was not followed.</summary>
internal static class StatusReason
{
    public static string Describe(HttpResponseMessage response, int maxRedirects)
    {
        var code = (int)response.StatusCode;
        var phrase = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase;
        var statusLine = string.Create(CultureInfo.InvariantCulture, $"HTTP {code} {phrase}");
        if (code is < 300 or >= 400 || response.Headers.Location is not { } location)
        {
            return statusLine;
        }

        // The handler hands back the 3xx itself when it stops following: limit reached or an https→http downgrade.
        var requested = response.RequestMessage?.RequestUri;
        if (!location.IsAbsoluteUri && requested is null)
        {
            return statusLine;
        }

        var target = location.IsAbsoluteUri ? location : new Uri(requested!, location);
        if (requested?.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp)
        {
            return $"{statusLine}: redirect from https to http refused";
        }

        return maxRedirects == 0
            ? $"{statusLine}: redirects are switched off (Feeds:MaxRedirects = 0)"
            : string.Create(CultureInfo.InvariantCulture, $"too many redirects (more than {maxRedirects}); last was {statusLine} to {target.GetLeftPart(UriPartial.Path)}");
    }
}
