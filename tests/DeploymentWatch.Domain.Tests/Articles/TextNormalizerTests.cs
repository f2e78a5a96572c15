using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Domain.Tests.Articles;

public class TextNormalizerTests
{
    [Fact]
    public void Normalize_Html_StripsTagsScriptsAndDecodesEntities()
    {
        const string html = "<p>North Korea&#8217;s troops &amp; <b>Russia</b></p><script>alert(1)</script><p>Second&nbsp;para</p>";
        Assert.Equal("North Korea’s troops & Russia\nSecond para", TextNormalizer.Normalize(html));
    }

    [Fact]
    public void Normalize_DoubleEscapedEntities_AreDecoded()
    {
        Assert.Equal("Kim & Putin", TextNormalizer.Normalize("Kim &amp;amp; Putin"));
    }

    [Fact]
    public void Normalize_Whitespace_IsCollapsedAndBlankLinesDropped()
    {
        Assert.Equal("a b\nc", TextNormalizer.Normalize("  a \t  b \r\n\r\n\n c  "));
    }

    [Fact]
    public void Normalize_Null_GivesEmpty()
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(null));
    }

    [Fact]
    public void TitleKey_IgnoresCasePunctuationAndDashes()
    {
        Assert.Equal(TextNormalizer.TitleKey("N. Korea sends troops — report"), TextNormalizer.TitleKey("n korea SENDS troops: Report!"));
    }
}
