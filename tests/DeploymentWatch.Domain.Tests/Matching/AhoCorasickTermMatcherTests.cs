using System.Text;
using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Tests.Figures;

namespace DeploymentWatch.Domain.Tests.Matching;

/// <summary>The fast matcher must report exactly what the reference matcher reports, in the same order.</summary>
public sealed class AhoCorasickTermMatcherTests
{
    private static readonly string[] DomainTerms =
    [
        "North Korea", "North Korean", "North Korean troops", "North Korea's", "Korea", "Korean", "troops", "troop",
        "killed", "killed or wounded", "wounded", "casualties", "NIS", "JCS", "Joint Chiefs of Staff", "Kim",
        "Kim Jong Un", "Kim Jong-un", "Jong", "spy agency", "agency", "Zelenskyy", "Zelensky", "Kyiv", "Kiev", "U.S.",
        "US", "Seoul", "Seoul's", "Pyongyang", "ICBM", "satellite", "spy satellite", "front line", "frontline",
        "Kursk", "Russia", "Russia's", "Russian", "Russian-Ukraine", "Ukraine", "Ukrainian", "Pokrovsk",
        "Zelenskyy’s", "Café", "cafe", "déploiement", "Storm Corps", "Korean People's Army", "KPA", "DPRK",
    ];

    public static TheoryData<string> SeedFiles() => new(SeedCorpus.Files);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void FindAll_SeedArticle_SameMatchesAsReference(string file)
    {
        AssertSameAsReference(DomainTerms, TextFolder.Fold(SeedCorpus.Text(file)));
    }

    [Theory]
    [InlineData("nis", "tennis NIS nis, NISx xNIS (NIS)")]
    [InlineData("kim", "Kimberly met Kim; kim's kim.")]
    [InlineData("kim jong un", "Kim Jong-un, Kim Jong Un, kim jong–un, Kim  Jong Un")]
    [InlineData("korea's", "North Korea’s troops, North Korea's, North Korea`s")]
    [InlineData("cafe", "café CAFÉ cafeteria")]
    [InlineData("aa", "aaaa aa aaa")]
    [InlineData("u.s.", "the U.S. and U.S.-led US")]
    [InlineData("killed", "killed")]
    [InlineData("killed", "")]
    public void FindAll_EdgeCase_SameMatchesAsReference(string term, string text)
    {
        AssertSameAsReference([term, "North Korea", "a"], TextFolder.Fold(text));
    }

    [Fact]
    public void FindAll_WordBoundaries_SkipsMatchesInsideWords()
    {
        var matcher = new AhoCorasickTermMatcher(["nis", "kim"]);

        var matches = matcher.FindAll(TextFolder.Fold("tennis Kimberly NIS Kim"));

        Assert.Equal([new TermMatch(0, 16, 3), new TermMatch(1, 20, 3)], matches);
    }

    [Fact]
    public void FindAll_TermIsPrefixAndSuffixOfOthers_ReportsAllOverlaps()
    {
        string[] terms = ["north korean troops", "north korea", "korean troops", "troops", "korean", "north korean"];
        var matcher = new AhoCorasickTermMatcher(terms);

        var matches = matcher.FindAll(TextFolder.Fold("North Korean troops"));

        Assert.Equal(
            [new TermMatch(0, 0, 19), new TermMatch(5, 0, 12), new TermMatch(2, 6, 13), new TermMatch(4, 6, 6), new TermMatch(3, 13, 6)],
            matches);
    }

    [Fact]
    public void FindAll_DuplicateAndEmptyTerms_ReportsEachIdLikeReference()
    {
        AssertSameAsReference(["JCS", "", "jcs", "-", "J.C.S."], TextFolder.Fold("The JCS said; J.C.S. - jcs"));
    }

    [Fact]
    public void FindAll_TermAtTextStartAndEnd_Matches()
    {
        var matcher = new AhoCorasickTermMatcher(["kursk"]);

        var matches = matcher.FindAll(TextFolder.Fold("Kursk and Kursk"));

        Assert.Equal([new TermMatch(0, 0, 5), new TermMatch(0, 10, 5)], matches);
    }

    [Fact]
    public void FindAll_GeneratedArticleText_SameMatchesAsReference()
    {
        var random = new Random(20241223);
        for (var round = 0; round < 200; round++)
        {
            AssertSameAsReference(DomainTerms, TextFolder.Fold(GeneratedText(random, 80)));
        }
    }

    [Fact]
    public void FindAll_RandomTermsOverSmallAlphabet_SameMatchesAsReference()
    {
        // A tiny alphabet makes overlaps, shared prefixes and suffixes, and boundary cases very frequent.
        var random = new Random(7);
        const string alphabet = "ab -'é";
        for (var round = 0; round < 300; round++)
        {
            var terms = Enumerable.Range(0, random.Next(1, 12)).Select(_ => RandomString(random, alphabet, random.Next(1, 5))).ToArray();
            AssertSameAsReference(terms, TextFolder.Fold(RandomString(random, alphabet, random.Next(0, 200))));
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void FindAllUnfolded_SeedArticle_SameMatchesAsReferenceOnFoldedText(string file)
    {
        AssertUnfoldedSameAsReference(DomainTerms, SeedCorpus.Text(file));
    }

    [Theory]
    [InlineData("nis", "tennis NIS nis, NISx xNIS (NIS)")]
    [InlineData("kim jong un", "Kim Jong-un, Kim Jong Un, kim jong–un, Kim  Jong Un")]
    [InlineData("korea's", "North Korea’s troops, North Korea's, North Korea`s")]
    [InlineData("cafe", "café CAFÉ cafeteria Café")]
    [InlineData("killed", "")]
    public void FindAllUnfolded_EdgeCase_SameMatchesAsReferenceOnFoldedText(string term, string text)
    {
        AssertUnfoldedSameAsReference([term, "North Korea", "a"], text);
    }

    [Fact]
    public void FindAllUnfolded_GeneratedAndRandomText_SameMatchesAsReferenceOnFoldedText()
    {
        var random = new Random(20251205);
        for (var round = 0; round < 200; round++)
        {
            AssertUnfoldedSameAsReference(DomainTerms, GeneratedText(random, 80));
        }

        // Upper case, accents, dashes and apostrophes that fold to other chars, at every boundary.
        const string alphabet = "aAbB -–'’éÉ ";
        for (var round = 0; round < 300; round++)
        {
            var terms = Enumerable.Range(0, random.Next(1, 12)).Select(_ => RandomString(random, alphabet, random.Next(1, 5))).ToArray();
            AssertUnfoldedSameAsReference(terms, RandomString(random, alphabet, random.Next(0, 200)));
        }
    }

    [Fact]
    public void FindAllUnfolded_ReusedList_HoldsOnlyTheLastText()
    {
        var matcher = new AhoCorasickTermMatcher(["kursk"]);
        var matches = new List<TermMatch>();

        matcher.FindAllUnfolded("Kursk and KURSK", matches);
        matcher.FindAllUnfolded("in Kursk", matches);

        Assert.Equal([new TermMatch(0, 3, 5)], matches);
    }

    [Theory]
    [InlineData("tennis, Nisa and NISx", false)]
    [InlineData("the North Koreanist", false)]
    [InlineData("", false)]
    [InlineData("tennis, then (NIS)", true)]
    [InlineData("PYŎNGYANG", true)]
    public void AnyUnfolded_StopsAtTheFirstWholeWord(string text, bool expected)
    {
        var matcher = new AhoCorasickTermMatcher(["NIS", "North Korea", "Pyongyang"]);

        Assert.Equal(expected, matcher.AnyUnfolded(text));
    }

    [Fact]
    public void Terms_AsGiven_AreKeptUnfolded()
    {
        var matcher = new AhoCorasickTermMatcher(["Kim Jong-un", "NIS"]);

        Assert.Equal(["Kim Jong-un", "NIS"], matcher.Terms);
    }

    private static void AssertSameAsReference(IReadOnlyList<string> terms, string folded)
    {
        var expected = new ReferenceTermMatcher(terms).FindAll(folded);

        var actual = new AhoCorasickTermMatcher(terms).FindAll(folded);

        Assert.Equal(expected, actual);
    }

    private static void AssertUnfoldedSameAsReference(IReadOnlyList<string> terms, string text)
    {
        var expected = new ReferenceTermMatcher(terms).FindAll(TextFolder.Fold(text));
        var actual = new List<TermMatch>();

        var matcher = new AhoCorasickTermMatcher(terms);
        matcher.FindAllUnfolded(text, actual);

        Assert.Equal(expected, actual);
        Assert.Equal(expected.Count > 0, matcher.AnyUnfolded(text));
    }

    private static string RandomString(Random random, string alphabet, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return sb.ToString();
    }

    private static string GeneratedText(Random random, int words)
    {
        string[] filler =
        [
            "the", "said", "tennis", "Kimberly", "Koreans", "troopship", "Ukraine’s", "North-Korean", "NIS-led", "Zelenskyy’s",
            "Café", "cafés", "\u2014", ",", ".", "\n", "JCSx", "U.S.", "Seoul's", "spy-agency", "Jong–un", "Kursk.", "(NIS)",
        ];
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var pool = random.Next(3) == 0 ? DomainTerms : filler;
            sb.Append(pool[random.Next(pool.Length)]);
            sb.Append(random.Next(5) == 0 ? "" : " ");
        }

        return sb.ToString();
    }
}
