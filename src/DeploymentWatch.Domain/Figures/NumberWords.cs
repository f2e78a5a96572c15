using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Counts written as words. "one" counts only before "North Korean" or "soldier" (it is mostly a pronoun: "one of
/// them"); "hundreds", "thousands" and
/// "dozens" are vague amounts, not figures, so they are not here either.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryUnit(ReadOnlySpan<char> word, out long value) => UnitLookup.TryGetValue(word, out value);

    /// <summary>Word numbers: "two", "twenty five", "a dozen", "two hundred", "a thousand".</summary>
    public static int Read(string folded, int start, List<NumberMention> found)
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
            if (value == 0 && word.SequenceEqual("one")
                && (Phrases.StartsWithWords(folded, end, "north korean") || Phrases.StartsWithWords(folded, end, "soldier")))
            {
                // "one North Korean soldier was captured": a count; "one of them" is not.
                value = 1;
                nextEnd = end;
            }

            if (value == 0 || next == end)
            {
                return end;
            }

            end = nextEnd;
        }
        else if (TryUnit(word, out value))
        {
            var next = NextWordStart(folded, end);
            var nextEnd = WordEnd(folded, next);
            if (value >= 20 && value % 10 == 0 && next > end
                && TryUnit(folded.AsSpan(next, nextEnd - next), out var unit) && unit < 10)
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
                end = ReadSpokenRemainder(folded, end, value, ref value);
                end = ReadHundredsAfterThousand(folded, end, ref value);
            }
        }
        else
        {
            return end;
        }

        if (!MeasureFilter.IsMeasureOrDate(folded, folded, start, end))
        {
            found.Add(new NumberMention(start, end, value, value, false));
        }

        return end;
    }

    /// <summary>
    /// The broadcast style "four-thousand-100" (folded "four thousand 100"): one to three digits right after a
    /// thousand, with one space (the folded hyphen) between, add to it.
    /// </summary>
    private static int ReadSpokenRemainder(string folded, int end, long thousands, ref long value)
    {
        if (thousands % 1000 != 0 || end + 1 >= folded.Length || folded[end] != ' ' || !char.IsAsciiDigit(folded[end + 1]))
        {
            return end;
        }

        var i = end + 1;
        long rest = 0;
        while (i < folded.Length && char.IsAsciiDigit(folded[i]) && i - end <= 3)
        {
            rest = (rest * 10) + (folded[i] - '0');
            i++;
        }

        if (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || folded[i] is ',' && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1])))
        {
            return end;
        }

        value = thousands + rest;
        return i;
    }

    /// <summary>"five thousand five hundred": a unit and "hundred" right after a whole thousand add to it.</summary>
    private static int ReadHundredsAfterThousand(string folded, int end, ref long value)
    {
        if (value % 1000 != 0)
        {
            return end;
        }

        var unitStart = NextWordStart(folded, end);
        var unitEnd = WordEnd(folded, unitStart);
        if (unitStart == end || !TryUnit(folded.AsSpan(unitStart, unitEnd - unitStart), out var unit) || unit is < 1 or > 9)
        {
            return end;
        }

        var scaleStart = NextWordStart(folded, unitEnd);
        var scaleEnd = WordEnd(folded, scaleStart);
        if (scaleStart == unitEnd || !folded.AsSpan(scaleStart, scaleEnd - scaleStart).SequenceEqual("hundred"))
        {
            return end;
        }

        value += unit * 100;
        return scaleEnd;
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
}
