namespace DeploymentWatch.Domain.Articles;

/// <summary>
/// Splits plain text into sentences: at line breaks, and after '.', '!' or '?' (with any closing quotes or brackets)
/// when white space and a capital, digit or opening quote follow — except after abbreviations such as "Mr.",
/// "U.S." or "Jan.", and single initials, which English puts before capitals all the time.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "est",
    };

    // Looked up by span: a '.' is checked on every sentence, and cutting the word out cost a string each time.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Collected in a list this thread reuses, then copied once at their exact count.
        var sentences = t_sentences ??= [];
        sentences.Clear();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?')
            {
                var end = i + 1;
                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                if ((end < text.Length && text[end] == ' ' && StartsSentence(text, end) && !IsAbbreviation(text, start, i))
                    || IsGluedBoundary(text, start, i, end))
                {
                    Add(sentences, text, start, end);
                    start = end;
                    i = end;
                    continue;
                }
            }

            i++;
        }

        Add(sentences, text, start, text.Length);
        Sentence[] result = [.. sentences];
        sentences.Clear();
        return result;
    }

    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, text, start, end - start));
        }
    }

    /// <summary>
    /// A full stop with the space lost in copy-paste or markup removal: "…on Oct. 8.In a statement". Only after a
    /// digit or a lower-case word (not "U.S.", not an abbreviation) and before a capitalised word ("In", "The"), so
    /// "U.S.-led", "3.5", "example.com" and "No.1" stay whole.
    /// </summary>
    private static bool IsGluedBoundary(string text, int sentenceStart, int dotAt, int end)
    {
        if (text[dotAt] != '.' || dotAt == 0 || end + 1 >= text.Length || end != dotAt + 1)
        {
            return false;
        }

        var before = text[dotAt - 1];
        if (!char.IsAsciiDigit(before) && !char.IsLower(before))
        {
            return false;
        }

        if (!char.IsUpper(text[end]) || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        return !IsAbbreviation(text, sentenceStart, dotAt);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool StartsSentence(string text, int spaceAt)
    {
        var next = spaceAt;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return false;
        }

        var c = text[next];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '(' or '\'';
    }

    /// <summary>The word before the dot is an abbreviation ("Mr.", "Jan.") or an initial ("U.S.", "J.").</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int dotAt)
    {
        if (text[dotAt] != '.')
        {
            return false;
        }

        var wordStart = dotAt;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dotAt - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])))
        {
            return true;
        }

        return AbbreviationLookup.Contains(word);
    }
}
