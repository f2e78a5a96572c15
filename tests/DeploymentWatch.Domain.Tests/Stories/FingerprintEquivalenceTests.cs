using System.Text;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Tests.Stories;

/// <summary>
/// Fingerprints are stored and compared with those made before, so the fast computation must give the values of the
/// plain definition (a string per word and per shingle, a set of shingles, a sorted set of keywords) on texts made to
/// hit its edge cases: capitals, accents, dashes, curly apostrophes, "1,100" and "3.5", other scripts, repeats.
/// </summary>
public class FingerprintEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "North", "Korea", "troops", "Kursk", "coffins", "Medals", "SHOIGU", "Beijing", "mourners", "the", "said", "about",
        "1,100", "3.5", "2,700.", "1.", ",5", "Zelenskyy’s", "Kim Jong-un", "café", "Ålesund", "naïve", "Москва", "солдаты",
        "straße", "İstanbul", "reconnaissance", "intercontinental", "news", "glass", "bus", "—", "–", "-", "'", "’", ".", ",",
        "\n", "\t", " ", "  ", "x", "ab", "abcd", "abcds", "ss", "classes", "٣٤", "A1b2", "e\u0301t\u00E9", "\u00A0", "🙂",
        "\uD800", "co-operation", "U.S.", "N.K.", "9,", ".9", "km²", "ﬁnance", "Ⅻ", "ǅ", "86", "7,000", "1,001.2", "minutes",
        "KM", "kilometres", "85-minute", "90km", "3hours", "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1", "12345678901234567", "٣٤",
    ];

    // Pieces whose words do not change when folded (ASCII, curly apostrophes, dashes, Cyrillic): the fast path
    // that splits the text once for shingles and keywords.
    private static readonly string[] AlikePieces = [.. Pieces.Where(p => p.All(StoryText.FoldsAlike))];

    private static readonly StoryVocabulary Vocabulary = StoryVocabulary.From(SeedStories.Profiles);

    [Fact]
    public void From_GeneratedTexts_SameAsThePlainDefinition()
    {
        var random = new Random(5);
        for (var n = 0; n < 400; n++)
        {
            var pieces = n % 2 == 0 ? AlikePieces : Pieces;
            var title = RandomText(random, pieces, random.Next(0, 12));
            var text = RandomText(random, pieces, random.Next(0, 300));
            var analysis = new ArticleAnalysis(new Article("f", "i" + n, title, text, null, null, null), [], [], [], []);

            var fingerprint = StoryFingerprint.From(analysis, Vocabulary);

            var words = PlainWords(text);
            var shingles = Enumerable.Range(0, Math.Max(0, words.Count - 2)).Select(i => string.Join(' ', words.Skip(i).Take(3))).Distinct(StringComparer.Ordinal).ToArray();
            Assert.Equal(shingles.Length, fingerprint.Shingles);
            Assert.Equal(PlainSignature(shingles), fingerprint.MinHash);
            Assert.Equal(PlainKeywords(PlainWords(TextFolder.Fold(title + "\n" + text)), Vocabulary), fingerprint.Keywords);
        }
    }

    [Fact]
    public void FoldsAlike_AsciiAndSomeOthers_ButNotAccentedLetters()
    {
        Assert.True(Enumerable.Range(0, 128).All(c => StoryText.FoldsAlike((char)c)));
        Assert.True(StoryText.FoldsAlike('’'));
        Assert.True(StoryText.FoldsAlike('М'));
        Assert.False(StoryText.FoldsAlike('é'));
        Assert.Contains("café", Pieces.Except(AlikePieces));
    }

    [Fact]
    public void Words_GeneratedTexts_SameAsThePlainDefinition()
    {
        var random = new Random(7);
        for (var n = 0; n < 400; n++)
        {
            var text = RandomText(random, Pieces, random.Next(0, 200));
            Assert.Equal(PlainWords(text), StoryText.Words(text));
        }
    }

    [Fact]
    public void From_FiguresAndTopics_DistinctAndSortedOrdinally()
    {
        var figures = new[]
        {
            new Figure(FigureMetric.Killed, 300, 300, FigureQualifier.About, ["kr-nis"], 0, "s"),
            new Figure(FigureMetric.Wounded, 2700, 2700, FigureQualifier.Exact, ["kr-nis"], 0, "s"),
            new Figure(FigureMetric.Killed, 300, 300, FigureQualifier.Exact, ["ua-gov"], 0, "s"),
            new Figure(FigureMetric.Casualties, 1000, 1200, FigureQualifier.Exact, ["us"], 0, "s"),
        };
        var analysis = new ArticleAnalysis(new Article("f", "i", "t", "text", null, null, null), [], [], figures, []);

        var fingerprint = StoryFingerprint.From(analysis, Vocabulary);

        Assert.Equal(figures.Select(StoryFingerprint.FigureKey).Distinct().Order(StringComparer.Ordinal), fingerprint.FigureKeys);
        Assert.Equal(["casualties:1000-1200", "killed:300-300", "wounded:2700-2700"], fingerprint.FigureKeys);
    }

    private static string RandomText(Random random, string[] from, int pieces)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            // Mostly words with a space, sometimes glued to the next piece, so separators meet digits and letters.
            sb.Append(from[random.Next(from.Length)]);
            if (random.Next(4) != 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    private static List<string> PlainWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var digitSeparator = (c == ',' || c == '.') && current.Length > 0 && char.IsDigit(current[^1])
                                 && i + 1 < text.Length && char.IsDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (!digitSeparator && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static string[] PlainKeywords(List<string> words, StoryVocabulary vocabulary)
    {
        var keywords = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (((i > 0 ? StoryText.Measure(words[i - 1], words[i]) : null) ?? StoryText.Measure(words[i], null)) is { } measure)
            {
                keywords.Add(measure);
            }
        }

        foreach (var word in words)
        {
            if (word.Length > 3 && !word.Any(char.IsDigit) && !StoryText.IsStopWord(word) && !vocabulary.Contains(word) && !StoryText.IsCommonWord(word))
            {
                keywords.Add(StoryText.Stem(word));
            }
        }

        return [.. keywords];
    }

    // A fingerprint of no shingles has no signature; otherwise it is the plain definition's.
    private static uint[] PlainSignature(string[] shingles) => shingles.Length == 0 ? [] : PlainMinHash.Signature(shingles);
}
