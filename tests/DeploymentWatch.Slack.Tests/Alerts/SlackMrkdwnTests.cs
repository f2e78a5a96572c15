using DeploymentWatch.Slack.Alerts;

namespace DeploymentWatch.Slack.Tests.Alerts;

public class SlackMrkdwnTests
{
    [Theory]
    [InlineData("<!channel> look", "&lt;!channel&gt; look")]
    [InlineData("<https://evil.example|x>", "&lt;https://evil.example|x&gt;")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("&lt; already", "&amp;lt; already")]
    [InlineData("<@U123> and <#C123>", "&lt;@U123&gt; and &lt;#C123&gt;")]
    public void Escape_ControlCharacters_BecomeEntities(string raw, string expected) =>
        Assert.Equal(expected, SlackMrkdwn.Escape(raw));

    [Fact]
    public void Fit_ShortText_ReturnsEscapedWhole() =>
        Assert.Equal("a &amp; b", SlackMrkdwn.Fit("a & b", 100, escape: true));

    [Fact]
    public void Fit_LongText_CutsOnWordBoundaryWithEllipsis()
    {
        var fitted = SlackMrkdwn.Fit("North Korean troops reported near Kursk border", 30, escape: false);

        Assert.True(fitted.Length <= 30);
        Assert.Equal("North Korean troops reported…", fitted);
    }

    [Fact]
    public void Fit_EntityNearLimit_NeverSplitsEntity()
    {
        var fitted = SlackMrkdwn.Fit(new string('a', 8) + "&&&&&&", 12, escape: true);

        Assert.True(fitted.Length <= 12);
        Assert.Equal(new string('a', 8) + "…", fitted);
    }

    [Fact]
    public void Fit_EmojiAtCut_KeepsWholeGrapheme()
    {
        // A family emoji is one grapheme of 11 UTF-16 units; half of it would render as garbage.
        var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
        var fitted = SlackMrkdwn.Fit(family + family + family, 25, escape: false);

        Assert.Equal(family + family + "…", fitted);
    }

    [Fact]
    public void Link_DisguisedUrlCharacters_AreEncodedAndLabelEscaped()
    {
        var link = SlackMrkdwn.Link(new Uri("https://news.example/a?x=1&y=<b>|c"), "Title <!here>", 3000);

        Assert.Equal("<https://news.example/a?x=1&amp;y=%3Cb%3E%7Cc|Title &lt;!here&gt;>", link);
    }

    [Fact]
    public void Link_NonHttpScheme_ReturnsNull() =>
        Assert.Null(SlackMrkdwn.Link(new Uri("javascript:alert(1)"), "x", 3000));
}
