using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Tests.Figures;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("about 1,100 casualties", 1100, 1100)]
    [InlineData("some 11 000 troops", 11000, 11000)]
    [InlineData("3,000-plus soldiers", 3000, 3000)]
    [InlineData("two soldiers", 2, 2)]
    [InlineData("twenty five soldiers", 25, 25)]
    [InlineData("twenty-five soldiers", 25, 25)]
    [InlineData("a dozen soldiers", 12, 12)]
    [InlineData("one North Korean soldier", 1, 1)]
    [InlineData("one hundred soldiers", 100, 100)]
    [InlineData("two hundred soldiers", 200, 200)]
    [InlineData("1.5 million shells", 1500000, 1500000)]
    [InlineData("10,000 to 12,000 troops", 10000, 12000)]
    [InlineData("10,000-12,000 troops", 10000, 12000)]
    [InlineData("10,000\u201312,000 troops", 10000, 12000)]
    [InlineData("between 10,000 and 12,000 troops", 10000, 12000)]
    public void Find_CountWritten_ReadsItsValue(string text, long low, long high)
    {
        var mention = Assert.Single(NumberParser.Find(text, TextFolder.Fold(text)));

        Assert.Equal((low, high), (mention.Low, mention.High));
    }

    [Theory]
    [InlineData("in 2024")]
    [InlineData("on June 19")]
    [InlineData("on 19 June")]
    [InlineData("aged 20")]
    [InlineData("a 20-year-old soldier")]
    [InlineData("$20 million")]
    [InlineData("90% of them")]
    [InlineData("4.5 percent")]
    [InlineData("flew 350 km")]
    [InlineData("the F-16 jets")]
    [InlineData("the 2nd battalion")]
    [InlineData("the 1990s")]
    [InlineData("thousands of soldiers")]
    [InlineData("hundreds of casualties")]
    [InlineData("dozens of troops")]
    [InlineData("one of them")]
    [InlineData("at 10:30")]
    [InlineData("2018-2019")]
    public void Find_NotACount_FindsNothing(string text)
    {
        Assert.Empty(NumberParser.Find(text, TextFolder.Fold(text)));
    }

    [Fact]
    public void Find_PlusSuffix_MarksLowerBound()
    {
        const string text = "3,000-plus soldiers and 500 or more officers";

        var mentions = NumberParser.Find(text, TextFolder.Fold(text));

        Assert.All(mentions, m => Assert.True(m.PlusSuffix));
        Assert.Equal(2, mentions.Count);
    }

    [Fact]
    public void MayHoldNumberWord_AsciiTextWithoutDigits_FalseOnlyWhenNothingIsFound()
    {
        // Fragments of number words in both cases, with dashes and apostrophes that fold to other chars.
        string[] pieces = ["on", "e", "ONE", "tW", "o", "Th", "ree", "dozen", "Hun", "dred", "te", "en", "-", "`", "'", " ", "soldiers", "x"];
        var random = new Random(20251205);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => pieces[random.Next(pieces.Length)]));

            var found = NumberParser.Find(text, TextFolder.Fold(text));

            Assert.True(NumberParser.MayHoldNumberWord(text) || found.Count == 0, text);
        }
    }
}
