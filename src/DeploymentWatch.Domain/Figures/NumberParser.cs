using System.Buffers;
using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Finds the counts in a sentence: "1,100", "11 000", "1.5 million", "3,000-plus", "two", "a dozen", ranges
/// ("10,000 to 12,000", "10,000-12,000", "between 10,000 and 12,000"). Years, dates, ages, money, percentages and
/// measures ("10 km", "four months") are not counts and are skipped here.
/// </summary>
internal static class NumberParser
{
    // Every number word's letters ("one" also finds "someone"): a sentence with none of these and no digit has no count.
    private static readonly string[] NumberWordLetters =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen",
         "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "hundred", "thousand"];

    private static readonly SearchValues<string> WordNumbers = SearchValues.Create(NumberWordLetters, StringComparison.Ordinal);

    // The same letters in any case: on ASCII text, where folding only lower-cases, as telling as the folded test.
    private static readonly SearchValues<string> WordNumbersAnyCase = SearchValues.Create(NumberWordLetters, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether ASCII text may hold a number word; false means its folded form holds none of
    /// <see cref="WordNumbers"/> either (only for ASCII, where folding changes case and no letter).
    /// </summary>
    public static bool MayHoldNumberWord(ReadOnlySpan<char> asciiText) => asciiText.ContainsAny(WordNumbersAnyCase);

    // '/' inside a token ("24/7", "2024/10/18", paths), '@', '<', '>', '=', '&', '_', '|', '\\', '{', '}': markup and ids.
    private static readonly SearchValues<char> CodeChars = SearchValues.Create("/@<>=&_|\\{}");

    public static List<NumberMention> Find(ReadOnlySpan<char> text, string folded)
    {
        var found = new List<NumberMention>();
        if (!text.ContainsAnyInRange('0', '9') && !folded.AsSpan().ContainsAny(WordNumbers))
        {
            return found;
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // A digit run must start a token: not "to3" or the "000" of a glued "to3,000".
            if (char.IsAsciiDigit(c) && (i == 0 || (!char.IsLetterOrDigit(text[i - 1])
                                                    && !(text[i - 1] is ',' or '.' && i > 1 && char.IsLetterOrDigit(text[i - 2])))))
            {
                i = IsInsideCodeOrAddress(text, i) ? SkipToken(text, i) : ReadDigits(text, folded, i, found);
                continue;
            }

            // Only words that can begin a number word ("a dozen", "one hundred", "two" … "ninety") are looked up.
            if (folded[i] is 'a' or 'o' or 't' or 'f' or 's' or 'e' or 'n' && (i == 0 || !TextFolder.IsWordChar(folded[i - 1])))
            {
                i = NumberWords.Read(folded, i, found);
                continue;
            }

            i++;
        }

        return found;
    }

    private static int ReadDigits(ReadOnlySpan<char> text, string folded, int start, List<NumberMention> found)
    {
        if (!TryReadNumber(text, folded, start, out var end, out var value, out var isYear))
        {
            return SkipWord(text, end);
        }

        var low = value;
        var high = value;
        var plus = false;
        var rangeEnd = TryReadRangeEnd(text, folded, start, end, value, out var second);
        if (rangeEnd > end)
        {
            high = second;
            end = rangeEnd;

            // "11 to 12,000": the first number shares the second's thousands.
            if (low < 1000 && high >= 1000 && high % 1000 == 0 && low * 1000 < high && low * 1000 >= high / 2)
            {
                low *= 1000;
            }
        }
        else if (isYear)
        {
            return end;
        }

        if (Phrases.StartsWithWords(folded, end, "plus"))
        {
            plus = true;
            end = folded.IndexOf("plus", end, StringComparison.Ordinal) + 4;
        }
        else if (Phrases.StartsWithWords(folded, end, "or more"))
        {
            plus = true;
            end = folded.IndexOf("or more", end, StringComparison.Ordinal) + 7;
        }

        if (MeasureFilter.IsMeasureOrDate(text, folded, start, end))
        {
            return end;
        }

        if (low > 0)
        {
            found.Add(new NumberMention(start, end, low, high, plus));
        }

        return end;
    }

    /// <summary>Reads "1,100", "11 000", "1.5 million"; false for "2nd", "1990s", "F-16", decimals without a scale.</summary>
    private static bool TryReadNumber(ReadOnlySpan<char> text, string folded, int start, out int end, out long value, out bool isYear)
    {
        value = 0;
        isYear = false;
        var j = start;
        var digits = 0;
        while (j < text.Length && char.IsAsciiDigit(text[j]) && digits < 15)
        {
            value = (value * 10) + (text[j] - '0');
            j++;
            digits++;
        }

        var grouped = false;
        if (digits <= 3)
        {
            while (j + 3 < text.Length + 0 && text[j] is ',' or ' ' or '\u00A0' or '\u202F' or '\u2009'
                   && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]) && char.IsAsciiDigit(text[j + 3])
                   && (j + 4 == text.Length || !char.IsAsciiDigit(text[j + 4])))
            {
                value = (value * 1000) + ((text[j + 1] - '0') * 100) + ((text[j + 2] - '0') * 10) + (text[j + 3] - '0');
                j += 4;
                grouped = true;
            }
        }

        var fraction = 0.0;
        var hasFraction = false;
        if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            hasFraction = true;
            var scale = 0.1;
            j++;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                fraction += (text[j] - '0') * scale;
                scale /= 10;
                j++;
            }
        }

        end = j;
        if (j < text.Length && (char.IsLetter(text[j]) || text[j] == '%' || char.IsAsciiDigit(text[j])))
        {
            // A letter or percent sign glued on ("2nd", "90%"), or a run of more digits than any count has (an id).
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            return false;
        }

        if (start > 1 && text[start - 1] == '-' && char.IsLetter(text[start - 2]))
        {
            return false;
        }

        // "1.5 million", "12 thousand", and the broadcast style "15-hundred", "47-hundred".
        var scaleWord = Phrases.StartsWithWords(folded, j, "million") ? "million"
            : Phrases.StartsWithWords(folded, j, "thousand") ? "thousand"
            : !grouped && !hasFraction && value < 100 && Phrases.StartsWithWords(folded, j, "hundred") ? "hundred"
            : null;
        if (scaleWord is not null)
        {
            var multiplier = scaleWord switch { "million" => 1_000_000L, "thousand" => 1_000L, _ => 100L };
            end = folded.IndexOf(scaleWord, j, StringComparison.Ordinal) + scaleWord.Length;
            value = (long)Math.Round((value + fraction) * multiplier);
            return true;
        }

        if (hasFraction)
        {
            return false;
        }

        isYear = !grouped && digits == 4 && value is >= 1900 and <= 2100;
        return true;
    }

    /// <summary>"A to B", "A-B", "between A and B", "from A to B": returns the end of B (or <paramref name="end"/>).</summary>
    private static int TryReadRangeEnd(ReadOnlySpan<char> text, string folded, int start, int end, long first, out long second)
    {
        second = 0;
        var k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k >= text.Length)
        {
            return end;
        }

        if (text[k] is '-' or '\u2013' or '\u2014' or '\u2010' or '\u2011')
        {
            k++;
        }
        else if (Phrases.StartsWithWords(folded, k, "to"))
        {
            k += 2;
        }
        else if (Phrases.StartsWithWords(folded, k, "and") && Phrases.EndsWithWords(folded, start, "between"))
        {
            k += 3;
        }
        else
        {
            return end;
        }

        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k >= text.Length || !char.IsAsciiDigit(text[k]))
        {
            return end;
        }

        if (!TryReadNumber(text, folded, k, out var secondEnd, out second, out var secondIsYear) || secondIsYear && second < 10_000
            || second <= first)
        {
            return end;
        }

        return secondEnd;
    }

    /// <summary>
    /// Digits that belong to markup, a link or an id, not to prose: "&lt;@&amp;987654321&gt;", "https://x.com/status/123",
    /// "id=42", "a_17". The token around the digits (up to white space) holds one of the characters of such things.
    /// </summary>
    private static bool IsInsideCodeOrAddress(ReadOnlySpan<char> text, int at)
    {
        var start = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var token = text.Slice(start, end - start);
        return token.ContainsAny(CodeChars) || token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static int SkipToken(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipWord(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '%'))
        {
            i++;
        }

        return Math.Max(i, from + 1);
    }
}
