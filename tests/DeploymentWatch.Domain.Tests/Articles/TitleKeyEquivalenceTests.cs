using System.Text;
using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Domain.Tests.Articles;

/// <summary>
/// The title-key comparisons that walk both texts (<see cref="TextNormalizer.TitleKeyStartsWith"/>,
/// <see cref="TextNormalizer.HasTitleKey"/>) against building both keys with <see cref="TextNormalizer.TitleKey"/>.
/// </summary>
public sealed class TitleKeyEquivalenceTests
{
    private static readonly char[] Alphabet = ['a', 'B', 'é', 'É', '1', ' ', '-', '—', '.', ':', '’', '…', '\u00A0', '\u0301', 'ß'];

    [Fact]
    public void TitleKeyStartsWith_RandomPairs_SameAsComparingBuiltKeys()
    {
        var random = new Random(20251205);
        for (var n = 0; n < 20_000; n++)
        {
            var title = RandomText(random, random.Next(0, 8));

            // Half the texts open with the title, mangled, so that both answers occur often.
            var text = random.Next(2) == 0 ? Mangle(random, title) + RandomText(random, random.Next(0, 6)) : RandomText(random, random.Next(0, 12));
            var expected = TextNormalizer.TitleKey(text).StartsWith(TextNormalizer.TitleKey(title), StringComparison.Ordinal);

            Assert.Equal(expected, TextNormalizer.TitleKeyStartsWith(text, title));
            Assert.Equal(TextNormalizer.TitleKey(title).Length > 0, TextNormalizer.HasTitleKey(title));
        }
    }

    [Theory]
    [InlineData("N. Korea sends troops — report", "n korea SENDS troops: Report! More text", true)]
    [InlineData("Café", "CAFE owners", true)]
    [InlineData("North Korea", "North Koreans", true)]
    [InlineData("North Koreans", "North Korea", false)]
    [InlineData("…", "anything", true)]
    public void TitleKeyStartsWith_Examples(string title, string text, bool expected)
    {
        Assert.Equal(expected, TextNormalizer.TitleKeyStartsWith(text, title));
    }

    private static string Mangle(Random random, string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            sb.Append(random.Next(4) == 0 ? char.ToUpperInvariant(c) : c);
            if (random.Next(5) == 0)
            {
                sb.Append(Alphabet[random.Next(5, 10)]);
            }
        }

        return sb.ToString();
    }

    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return sb.ToString();
    }
}
