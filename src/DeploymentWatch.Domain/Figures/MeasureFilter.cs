namespace DeploymentWatch.Domain.Figures;

/// <summary>Numbers that are not counts: years' neighbours, dates, ages, money, percentages and measures.</summary>
internal static class MeasureFilter
{
    private static readonly HashSet<string> WordsBefore = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "aged", "age", "ages", "no.", "number", "us$", "usd", "krw",
    };

    private static readonly HashSet<string> WordsAfter = new(StringComparer.Ordinal)
    {
        // Not "may": "up to 3,000 may be sent" is a count.
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "year", "years", "day", "days", "hour", "hours", "minute", "minutes", "week", "weeks", "month", "months",
        "km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "metres", "meters", "kg", "tons",
        "tonnes", "percent", "won", "dollars", "euros", "yuan", "rubles", "roubles", "am", "pm", "gmt", "utc",
        "billion", "times", "mph", "degrees", "st", "nd", "rd", "th", "fold",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Before = WordsBefore.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> After = WordsAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A year, date, age, amount of money, percentage or measure: "June 19", "aged 20", "$20", "4.5 percent", "10 km".</summary>
    public static bool IsMeasureOrDate(ReadOnlySpan<char> text, string folded, int start, int end)
    {
        var before = start;
        while (before > 0 && folded[before - 1] == ' ')
        {
            before--;
        }

        if (before > 0 && text[before - 1] is '$' or '\u20AC' or '\u00A3' or '\u00A5' or '\u20A9' or '#')
        {
            return true;
        }

        // "10:30" is a time; "NATO: 900 wounded" is a headline.
        if (start > 0 && text[start - 1] == ':')
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
}
