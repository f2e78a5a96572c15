using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>Word-level helpers over folded text: whole-word prefix and suffix tests, word counts and word offsets.</summary>
internal static class Phrases
{
    /// <summary>Does the text just before <paramref name="end"/> (spaces skipped) end with the phrase as whole words?</summary>
    public static bool EndsWithWords(string folded, int end, string phrase)
    {
        while (end > 0 && folded[end - 1] == ' ')
        {
            end--;
        }

        var start = end - phrase.Length;
        return start >= 0
               && string.CompareOrdinal(folded, start, phrase, 0, phrase.Length) == 0
               && (start == 0 || !TextFolder.IsWordChar(folded[start - 1]) || !TextFolder.IsWordChar(phrase[0]));
    }

    /// <summary>Does the text from <paramref name="start"/> (spaces skipped) begin with the phrase as whole words?</summary>
    public static bool StartsWithWords(string folded, int start, string phrase)
    {
        while (start < folded.Length && folded[start] == ' ')
        {
            start++;
        }

        var end = start + phrase.Length;
        return end <= folded.Length
               && string.CompareOrdinal(folded, start, phrase, 0, phrase.Length) == 0
               && (end == folded.Length || !TextFolder.IsWordChar(folded[end]) || !TextFolder.IsWordChar(phrase[^1]));
    }

    // Pronouns by which a sentence points back at people named before it.
    private static readonly string[] ReferringPronouns = ["them", "those", "they", "these", "their"];

    /// <summary>Does the folded sentence hold, as a whole word, a pronoun that refers back ("of them", "those soldiers")?</summary>
    public static bool HasReferringPronoun(string folded)
    {
        foreach (var pronoun in ReferringPronouns)
        {
            for (var at = folded.IndexOf(pronoun, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(pronoun, at + 1, StringComparison.Ordinal))
            {
                var end = at + pronoun.Length;
                if ((at == 0 || !TextFolder.IsWordChar(folded[at - 1])) && (end == folded.Length || !TextFolder.IsWordChar(folded[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Number of words (runs of word chars) in [from, to).</summary>
    public static int CountWords(string folded, int from, int to)
    {
        var count = 0;
        var inWord = false;
        for (var i = Math.Max(0, from); i < to && i < folded.Length; i++)
        {
            var w = TextFolder.IsWordChar(folded[i]);
            if (w && !inWord)
            {
                count++;
            }

            inWord = w;
        }

        return count;
    }

    /// <summary>Start of the n-th word counting back from <paramref name="end"/> (n = 1 is the last word), or from.</summary>
    public static int StartOfLastWords(string folded, int from, int end, int n)
    {
        var i = end;
        var seen = 0;
        while (i > from)
        {
            while (i > from && !TextFolder.IsWordChar(folded[i - 1]))
            {
                i--;
            }

            if (i == from)
            {
                break;
            }

            while (i > from && TextFolder.IsWordChar(folded[i - 1]))
            {
                i--;
            }

            seen++;
            if (seen == n)
            {
                return i;
            }
        }

        return from;
    }

    /// <summary>Whether one of <paramref name="phrases"/> stands as whole words starting in [<paramref name="from"/>, <paramref name="to"/>) and ending by <paramref name="to"/>.</summary>
    public static bool HasAnyWords(string folded, int from, int to, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var at = folded.IndexOf(phrase, from, to - from, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < to ? folded.IndexOf(phrase, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                var end = at + phrase.Length;
                if ((at == 0 || !TextFolder.IsWordChar(folded[at - 1])) && (end == folded.Length || !TextFolder.IsWordChar(folded[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Just past the n-th word from <paramref name="start"/>, or to.</summary>
    public static int EndOfFirstWords(string folded, int start, int to, int n)
    {
        var i = start;
        var seen = 0;
        while (i < to)
        {
            while (i < to && !TextFolder.IsWordChar(folded[i]))
            {
                i++;
            }

            if (i == to)
            {
                break;
            }

            while (i < to && TextFolder.IsWordChar(folded[i]))
            {
                i++;
            }

            seen++;
            if (seen == n)
            {
                return i;
            }
        }

        return to;
    }
}
