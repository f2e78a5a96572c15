using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Domain.Tests.Articles;

public class LinkCanonicalizerTests
{
    [Fact]
    public void Canonicalize_DropsTrackingParametersFragmentAndCase()
    {
        var uri = LinkCanonicalizer.Canonicalize("HTTPS://Example.COM/news/story/?utm_source=rss&id=7&fbclid=x&a=1#top");
        Assert.Equal("https://example.com/news/story?a=1&id=7", uri!.AbsoluteUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a link")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/x")]
    public void Canonicalize_NotAnHttpLink_GivesNull(string? link)
    {
        Assert.Null(LinkCanonicalizer.Canonicalize(link));
    }

    [Fact]
    public void ItemIdentity_PrefersGuidThenLinkThenHash()
    {
        var link = new Uri("https://example.com/a");
        Assert.Equal("guid:g1", ItemIdentity.For("g1", link, "t", "x"));
        Assert.Equal("link:https://example.com/a", ItemIdentity.For(" ", link, "t", "x"));
        Assert.StartsWith("hash:", ItemIdentity.For(null, null, "t", "x"), StringComparison.Ordinal);
        Assert.NotEqual(ItemIdentity.For(null, null, "t", "x"), ItemIdentity.For(null, null, "t", "y"));
    }
}
