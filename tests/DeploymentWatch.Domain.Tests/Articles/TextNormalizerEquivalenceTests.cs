using System.Text;
using System.Text.RegularExpressions;
using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Domain.Tests.Articles;

/// <summary>
/// The one-pass <see cref="TextNormalizer.CollapseWhitespace"/> against the line-by-line regex version it replaced,
/// on the white-space and line-break chars mixed with text in every order: the speed change must not change text.
/// </summary>
public partial class TextNormalizerEquivalenceTests
{
    private static readonly char[] Alphabet =
    [
        'a', 'B', '.', ' ', ' ', '\t', '\f', '\v', '\n', '\r', '\u00A0', '\u2000', '\u2009', '\u200B', '\u202F', '\u205F',
        '\u3000', '\u2028', '\u2029', '\u0085', '\u1680', '\u001C', '\u200D', '-',
    ];

    [Fact]
    public void CollapseWhitespace_RandomMixes_SameAsTheRegexVersion()
    {
        var random = new Random(20251205);
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 24);
            for (var i = 0; i < length; i++)
            {
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var text = sb.ToString();
            Assert.Equal(Reference(text), TextNormalizer.CollapseWhitespace(text));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("  North Korea \u00A0 sent\u200Btroops \r\n\u2028 to Russia.\u0085\n")]
    [InlineData("\u0085\u200Babc\u3000")]
    public void CollapseWhitespace_Examples_SameAsTheRegexVersion(string text)
    {
        Assert.Equal(Reference(text), TextNormalizer.CollapseWhitespace(text));
    }

    [Fact]
    public void CollapseWhitespace_AlreadyCollapsed_ReturnsTheSameString()
    {
        const string text = "North Korea sent troops.\nMore may follow.";

        Assert.Same(text, TextNormalizer.CollapseWhitespace(text));
    }

    private static string Reference(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r', '\u2028', '\u2029'))
        {
            var line = Spaces().Replace(rawLine, " ").Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(line);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"[ \t\f\v\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Spaces();
}
