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

    [Theory]
    [InlineData("Troops &#27;[2J&#27;[31mmoved", "Troops [2J[31mmoved")]
    [InlineData("Troops \u001b]0;owned\u0007moved", "Troops ]0;ownedmoved")]
    [InlineData("a\u009b31mb\u0000c\u007fd", "a31mbcd")]
    [InlineData("Kim \u202Eevil\u202C said", "Kim evil said")]
    [InlineData("line one\nline two\tend", "line one\nline two end")]
    public void Normalize_ControlCharacters_NeverSurvive(string input, string expected)
    {
        var text = TextNormalizer.Normalize(input);

        Assert.Equal(expected, text);
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public void UnwrapLines_HardWrappedParagraphs_JoinLinesAndKeepParagraphs()
    {
        const string wrapped = "Pyongyang deployed around 11,000\r\nsoldiers to Kursk, according to\nthe JCS.\n\n  \nSecond paragraph\nends here.";

        Assert.Equal(
            "Pyongyang deployed around 11,000 soldiers to Kursk, according to the JCS.\nSecond paragraph ends here.",
            TextNormalizer.Normalize(TextNormalizer.UnwrapLines(wrapped)));
    }

    [Fact]
    public void UnwrapLines_HtmlWithBlockTags_KeepsTheTagBreaks()
    {
        const string html = "<p>More than 3,000 have been\nkilled or wounded.</p>\n<p>Kyiv said\nso.</p>";

        Assert.Equal("More than 3,000 have been killed or wounded.\nKyiv said so.", TextNormalizer.Normalize(TextNormalizer.UnwrapLines(html)));
    }

    [Fact]
    public void Normalize_HugeDescription_IsCappedAtASentenceAndKeepsItsOpening()
    {
        var opening = "About 300 North Korean soldiers have been killed, the NIS said. ";
        var filler = string.Concat(Enumerable.Repeat("<p>Filler sentence about nothing in particular.</p>", 90_000));

        var text = TextNormalizer.Normalize(opening + filler);

        Assert.True(filler.Length > 4_000_000);
        Assert.InRange(text.Length, TextNormalizer.MaxTextLength / 2, TextNormalizer.MaxTextLength);
        Assert.StartsWith(opening.Trim(), text, StringComparison.Ordinal);
        Assert.EndsWith(".", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script", 100_000)]
    [InlineData("<!--", 100_000)]
    [InlineData("<p", 100_000)]
    [InlineData("<noscript>", 50_000)]
    public void Normalize_ManyUnclosedTags_EndsAndKeepsTheText(string tag, int count)
    {
        var text = TextNormalizer.Normalize("Kim sent troops. " + string.Concat(Enumerable.Repeat(tag + " x ", count)));

        Assert.StartsWith("Kim sent troops.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_ClosedScriptAndComment_AreDroppedWithTheirText()
    {
        Assert.Equal("a b c", TextNormalizer.Normalize("a <SCRIPT type=x>evil()</script > b <!-- hidden --> c"));
    }
}
