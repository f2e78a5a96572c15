using DeploymentWatch.Web;

namespace DeploymentWatch.Tests.Web;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Text_Markup_IsEncoded()
    {
        var html = new HtmlWriter().Element("td", "<script>alert('x')</script> & \"q\"").ToString();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.StartsWith("<td>&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalLink_HttpAddress_IsALinkWithTheAddressEncoded()
    {
        var html = new HtmlWriter().ExternalLink(new Uri("https://news.example/a?b=1&c=\"2\""), "<i>title</i>").ToString();

        Assert.Equal(
            "<a rel=\"noopener noreferrer nofollow\" href=\"https://news.example/a?b=1&amp;c=%222%22\">&lt;i&gt;title&lt;/i&gt;</a>",
            html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    public void ExternalLink_OtherScheme_IsOnlyText(string address)
    {
        var html = new HtmlWriter().ExternalLink(new Uri(address), "title").ToString();

        Assert.Equal("title", html);
    }

    [Fact]
    public void ExternalLink_NoAddress_IsOnlyText() => Assert.Equal("a &amp; b", new HtmlWriter().ExternalLink(null, "a & b").ToString());
}
