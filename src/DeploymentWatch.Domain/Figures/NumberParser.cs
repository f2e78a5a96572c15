using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Finds the counts in a sentence: "1,100", "11 000", "1.5 million", "3,000-plus", "two", "a dozen", ranges
/// ("10,000 to 12,000", "10,000-12,000", "between 10,000 and 12,000"). Years, dates, ages, money, percentages and
/// measures ("10 km", "four months") are not counts and are skipped here.
/// </summary>
internal static class NumberParser
{
    private static readonly HashSet<string> WordsBefore = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.", "aged", "age", "ages", "no.", "number", "us$", "usd", "krw",
    };

    private static readonly HashSet<string> WordsAfter = new(StringComparer.Ordinal)
    {
        // Not "may": "up to 3,000 may be sent" is a count.
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "year", "years", "day", "days", "hour", "hours", "minute", "minutes", "week", "weeks", "month", "months",
        "km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "metres", "meters", "kg", "tons",
        "tonnes", "percent", "won", "dollars", "euros", "yuan", "rubles", "roubles", "am", "pm", "gmt", "utc",
        "billion", "times", "mph", "degrees", "st", "nd", "rd", "th",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Before = WordsBefore.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> After = WordsAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<NumberMention> Find(string text, string folded)
    {
        var found = new List<NumberMention>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                i = ReadDigits(text, folded, i, found);
                continue;
            }

            // Only words that can begin a number word ("a dozen", "one hundred", "two" … "ninety") are looked up.
            if (folded[i] is 'a' or 'o' or 't' or 'f' or 's' or 'e' or 'n' && (i == 0 || !TextFolder.IsWordChar(folded[i - 1])))
            {
                i = ReadWords(folded, i, found);
                continue;
            }

            i++;
        }

        return found;
    }

    private static int ReadDigits(string text, string folded, int start, List<NumberMention> found)
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

        if (IsMeasureOrDate(text, folded, start, end))
        {
            return end;
        }

        found.Add(new NumberMention(start, end, low, high, plus));
        return end;
    }

    /// <summary>Reads "1,100", "11 000", "1.5 million"; false for "2nd", "1990s", "F-16", decimals without a scale.</summary>
    private static bool TryReadNumber(string text, string folded, int start, out int end, out long value, out bool isYear)
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
        if (j < text.Length && (char.IsLetter(text[j]) || text[j] == '%'))
        {
            return false;
        }

        if (start > 1 && text[start - 1] == '-' && char.IsLetter(text[start - 2]))
        {
            return false;
        }

        var multiplier = Phrases.StartsWithWords(folded, j, "million") ? 1_000_000L
            : Phrases.StartsWithWords(folded, j, "thousand") ? 1_000L
            : 1L;
        if (multiplier > 1)
        {
            end = folded.IndexOf(multiplier == 1_000_000L ? "million" : "thousand", j, StringComparison.Ordinal)
                  + (multiplier == 1_000_000L ? 7 : 8);
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
    private static int TryReadRangeEnd(string text, string folded, int start, int end, long first, out long second)
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

    /// <summary>A year, date, age, amount of money, percentage or measure: "June 19", "aged 20", "$20", "4.5 percent", "10 km".</summary>
    private static bool IsMeasureOrDate(string text, string folded, int start, int end)
    {
        var before = start;
        while (before > 0 && folded[before - 1] == ' ')
        {
            before--;
        }

        if (before > 0 && text[before - 1] is '$' or '\u20AC' or '\u00A3' or '\u00A5' or '\u20A9' or '#' or ':')
        {
            return true;
        }

        if (end < text.Length && text[end] is ':' or '%')
        {
            return true;
        }

        // The word before: the run of non-spaces ("jan.", "aged", "us$").
        var wordStart = before;
        while (wordStart > 0 && folded[wordStart - 1] != ' ')
        {
            wordStart--;
        }

        if (before > wordStart && Before.Contains(folded.AsSpan(wordStart, before - wordStart)))
        {
            return true;
        }

        // The word after: its letters ("km" of "km/h", "a" of "a.m."), then "per cent".
        var next = end;
        while (next < folded.Length && folded[next] == ' ')
        {
            next++;
        }

        var nextEnd = next;
        while (nextEnd < folded.Length && char.IsLetter(folded[nextEnd]))
        {
            nextEnd++;
        }

        var word = folded.AsSpan(next, nextEnd - next);
        return After.Contains(word)
               || (word is "per" && Phrases.StartsWithWords(folded, nextEnd, "cent"))
               || (word is "a" or "p" && nextEnd < folded.Length && folded[nextEnd] == '.' && Phrases.StartsWithWords(folded, nextEnd + 1, "m."));
    }

    /// <summary>Word numbers: "two", "twenty five", "a dozen", "two hundred", "a thousand".</summary>
    private static int ReadWords(string folded, int start, List<NumberMention> found)
    {
        var end = WordEnd(folded, start);
        if (end - start is 2 or > 9)
        {
            return end;
        }

        var word = folded.AsSpan(start, end - start);
        long value;
        if (word.SequenceEqual("a") || word.SequenceEqual("one"))
        {
            var next = NextWordStart(folded, end);
            var nextEnd = WordEnd(folded, next);
            var nextWord = folded.AsSpan(next, nextEnd - next);
            value = nextWord.SequenceEqual("dozen") ? 12
                : nextWord.SequenceEqual("hundred") ? 100
                : nextWord.SequenceEqual("thousand") ? 1000
                : 0;
            if (value == 0 || next == end)
            {
                return end;
            }

            end = nextEnd;
        }
        else if (NumberWords.TryUnit(word, out value))
        {
            var next = NextWordStart(folded, end);
            var nextEnd = WordEnd(folded, next);
            if (value >= 20 && value % 10 == 0 && next > end
                && NumberWords.TryUnit(folded.AsSpan(next, nextEnd - next), out var unit) && unit < 10)
            {
                value += unit;
                end = nextEnd;
                next = NextWordStart(folded, end);
                nextEnd = WordEnd(folded, next);
            }

            var scale = folded.AsSpan(next, nextEnd - next);
            if (next > end && (scale.SequenceEqual("hundred") || scale.SequenceEqual("thousand")))
            {
                value *= scale.SequenceEqual("hundred") ? 100 : 1000;
                end = nextEnd;
            }
        }
        else
        {
            return end;
        }

        if (!IsMeasureOrDate(folded, folded, start, end))
        {
            found.Add(new NumberMention(start, end, value, value, false));
        }

        return end;
    }

    private static int WordEnd(string folded, int start)
    {
        var i = start;
        while (i < folded.Length && TextFolder.IsWordChar(folded[i]))
        {
            i++;
        }

        return i;
    }

    private static int NextWordStart(string folded, int end)
    {
        var i = end;
        while (i < folded.Length && folded[i] == ' ')
        {
            i++;
        }

        return i < folded.Length && TextFolder.IsWordChar(folded[i]) ? i : end;
    }

    private static int SkipWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '%'))
        {
            i++;
        }

        return Math.Max(i, from + 1);
    }
}
