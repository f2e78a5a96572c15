using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Web;

/// <summary>
/// Guards the pages and /metrics. With Web__AccessToken set, a request needs the token: once as ?token=… (which
/// sets an HttpOnly cookie and redirects to the same page without it), then the cookie; scrapers send it as
/// "Authorization: Bearer …". Anything else gets 401. Every page also gets a policy that runs no script at all, and
/// a form post from another site is refused.
/// </summary>
internal sealed class WebAccessMiddleware(RequestDelegate next, IOptions<WebOptions> options)
{
    public const string CookieName = "deploymentwatch_web";
    public const string QueryName = "token";

    private const string SecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public async Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = SecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !IsSameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("403: a form from another site cannot be posted here.", context.RequestAborted);
            return;
        }

        var token = options.Value.AccessToken;
        if (string.IsNullOrEmpty(token) || HasCookie(context.Request, token) || HasBearer(context.Request, token))
        {
            await next(context);
            return;
        }

        if (context.Request.Query.TryGetValue(QueryName, out var offered) && FixedTimeEquals(offered.ToString(), token))
        {
            context.Response.Cookies.Append(CookieName, CookieValue(token), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
            context.Response.Redirect(context.Request.PathBase + context.Request.Path, permanent: false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("401: this page needs the access token (Web__AccessToken): open it once as /?token=…", context.RequestAborted);
    }

    /// <summary>The cookie holds a keyed hash of the token, not the token itself.</summary>
    internal static string CookieValue(string token) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "DeploymentWatch web access"u8));

    private static bool HasCookie(HttpRequest request, string token) =>
        request.Cookies.TryGetValue(CookieName, out var cookie) && FixedTimeEquals(cookie, CookieValue(token));

    private static bool HasBearer(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && FixedTimeEquals(header["Bearer ".Length..].Trim(), token);
    }

    private static bool FixedTimeEquals(string? offered, string expected) =>
        offered is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(offered)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>
    /// Browsers say where a request comes from (Sec-Fetch-Site; older ones only Origin); a client that says neither
    /// is not a browser another site could drive.
    /// </summary>
    private static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
