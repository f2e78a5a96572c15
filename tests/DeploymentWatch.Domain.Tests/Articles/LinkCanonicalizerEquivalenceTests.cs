using System.Security.Cryptography;
using System.Text;
using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Domain.Tests.Articles;

/// <summary>
/// Canonical links and content hashes are stored as item ids: the cheaper computations must give the plain
/// definitions' values (LINQ over the split query; the full hex digest cut to 32 digits).
/// </summary>
public class LinkCanonicalizerEquivalenceTests
{
    [Theory]
    [InlineData("https://News.Example.com:443/a/b/?utm_source=x&b=2&a=1#frag")]
    [InlineData("http://example.com/?")]
    [InlineData("http://example.com/path?&&")]
    [InlineData("http://example.com:8080/p/?ref=rss&FEED=1&z&y=&x=1&x=1&utm_medium=m")]
    [InlineData("https://example.com/a%20b/?q=%C3%BC&b=a=b")]
    [InlineData("https://example.com")]
    [InlineData("https://example.com/news/2025/01/24/")]
    [InlineData("  https://user:pw@Example.com/x?fbclid=1  ")]
    // Links already canonical, which are returned as parsed, and links one step away from that.
    [InlineData("https://news.example/2025/02/14/north-korea-troops")]
    [InlineData("  https://news.example/a  ")]
    [InlineData("https://news.example/")]
    [InlineData("https://news.example/a/")]
    [InlineData("https://news.example:443/a")]
    [InlineData("http://news.example:80/a")]
    [InlineData("https://news.example:8443/a")]
    [InlineData("https://News.example/a")]
    [InlineData("HTTPS://news.example/a")]
    [InlineData("https://news.example/a#")]
    [InlineData("https://news.example/a?")]
    [InlineData("https://news.example/a/../b/./c")]
    [InlineData("https://news.example//a")]
    [InlineData("https://news.example/a%2Fb")]
    [InlineData("https://news.example/caf%C3%A9")]
    [InlineData("https://news.example/café")]
    [InlineData("https://bücher.example/a")]
    [InlineData("https://xn--bcher-kva.example/a")]
    [InlineData("https://news.example/a:b~c_d.e-f")]
    [InlineData("https://news.example/A/B")]
    [InlineData("https://192.168.0.1/a")]
    [InlineData("https://news.example.:8080/a")]
    public void Canonicalize_SameAsThePlainDefinition(string link)
    {
        var plain = Plain(link);
        var canonical = LinkCanonicalizer.Canonicalize(link);
        Assert.Equal(plain?.AbsoluteUri, canonical?.AbsoluteUri);
        Assert.Equal(plain?.ToString(), canonical?.ToString());
        // Stored with each figure.
        Assert.Equal(plain?.OriginalString, canonical?.OriginalString);
    }

    [Theory]
    [InlineData("")]
    [InlineData("title\ntext")]
    [InlineData("Zelenskyy’s office said 3,000 soldiers")]
    [InlineData("f\uD800")]
    public void ContentHash_SameAsTheHexDigestCut(string content)
    {
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32], ItemIdentity.ContentHash(content));
        var longer = content + new string('é', 5000);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(longer)))[..32], ItemIdentity.ContentHash(longer));
    }

    private static Uri? Plain(string link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        string[] tracking = ["fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref",
            "ref_src", "cmpid", "ocid", "smid", "spm", "taid", "at_medium", "at_campaign", "ito", "ns_mchannel", "ns_source",
            "ns_campaign", "ns_linkname", "ns_fee", "outputtype", "rss", "feed"];
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p =>
            {
                var name = p[..(p.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0 ? eq : p.Length)];
                return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !tracking.Contains(name, StringComparer.OrdinalIgnoreCase);
            })
            .Order(StringComparer.Ordinal)
            .ToArray();
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        return new UriBuilder(uri.Scheme, uri.Host.ToLowerInvariant(), uri.IsDefaultPort ? -1 : uri.Port, path)
        {
            Query = query.Length == 0 ? string.Empty : string.Join('&', query),
        }.Uri;
    }
}
