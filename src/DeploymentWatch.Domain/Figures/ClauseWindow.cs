using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// The words that belong to one number: from the end of the previous number (or clause start) to the start of the
/// next number (or clause end). Clauses end at , ; quotes and brackets, and at "while", "although", "but" ….
/// </summary>
internal readonly record struct ClauseWindow(int LeftStart, int LeftEnd, int RightStart, int RightEnd)
{
    private static readonly HashSet<string> CutWords = new(StringComparer.Ordinal)
    {
        "while", "although", "whereas", "but", "where", "though",
    };

    // A scare quote is a few words ('"killed or wounded"'); longer quoted text is speech and ends the clause.
    private const int MaxScareQuote = 40;
    private const int MaxScareQuoteWords = 4;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CutLookup =
        CutWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="qualifierStarts">For each mention, where its qualifier ("about") or else the number starts.</param>
    public static ClauseWindow For(string folded, IReadOnlyList<NumberMention> mentions, IReadOnlyList<int> qualifierStarts, int index)
    {
        var mention = mentions[index];
        var leftEnd = qualifierStarts[index];
        var leftLimit = index > 0 ? mentions[index - 1].End : 0;
        var rightLimit = index + 1 < mentions.Count ? qualifierStarts[index + 1] : folded.Length;
        rightLimit = Math.Max(rightLimit, mention.End);
        var left = Math.Max(leftLimit, leftEnd);

        // 'had sent "at least 14,000" troops': a number quoted alone stays in the clause around its quotes.
        var (open, close) = QuotedAlone(folded, left, mention.End, leftLimit, rightLimit) ?? (left, mention.End);
        return new ClauseWindow(CutBefore(folded, leftLimit, open), left, mention.End, CutAfter(folded, close, rightLimit));
    }

    /// <summary>
    /// The quote marks around a number and its hedge when nothing else is quoted with them ('"above 12,000"'):
    /// where the clause search should start on each side, or null.
    /// </summary>
    private static (int Open, int Close)? QuotedAlone(string folded, int left, int end, int leftLimit, int rightLimit)
    {
        var open = left - 1;
        while (open >= leftLimit && folded[open] == ' ')
        {
            open--;
        }

        var close = end;
        while (close < rightLimit && close < folded.Length && folded[close] == ' ')
        {
            close++;
        }

        return open >= leftLimit && close < rightLimit && close < folded.Length && IsQuoteChar(folded[open]) && IsQuoteChar(folded[close])
            ? (open, close + 1)
            : null;
    }

    // Not ':': "North Korea's casualties in Russia: JCS estimates about 1,100" keeps its noun.
    /// <summary>The clause around [start, end), ignoring other numbers: from the cut before to the cut after.</summary>
    public static (int Start, int End) ClauseOf(string folded, int start, int end) =>
        (CutBefore(folded, 0, start), CutAfter(folded, end, folded.Length));

    public static bool IsCutChar(char c) => c is ',' or ';' or '"' or '\u201C' or '\u201D' or '(' or ')' or '[' or ']';

    private static int CutAfter(string folded, int from, int limit)
    {
        var i = from;
        while (i < limit)
        {
            var c = folded[i];
            if (c == ',' && SideClauseEnd(folded, i, limit) is var skip and > 0)
            {
                // "300 soldiers, who arrived in spring, were killed", "three soldiers who, according to Kyiv, were
                // captured": the side clause does not end the number's clause.
                i = skip + 1;
                continue;
            }

            if (IsQuoteChar(c) && ScareQuoteEnd(folded, i, limit) is var close and > 0)
            {
                // 'had been "killed or wounded"': a few quoted words inside the clause are part of it.
                i = close + 1;
                continue;
            }

            if (IsCutChar(c))
            {
                return i;
            }

            if (TextFolder.IsWordChar(c) && (i == 0 || !TextFolder.IsWordChar(folded[i - 1])))
            {
                var end = i;
                while (end < folded.Length && TextFolder.IsWordChar(folded[end]))
                {
                    end++;
                }

                if (CutLookup.Contains(folded.AsSpan(i, end - i)))
                {
                    return i;
                }

                i = end;
                continue;
            }

            i++;
        }

        return limit;
    }

    // Words that open a side clause inside a number's clause: ", who arrived in spring,", ", according to Kyiv,".
    private static readonly string[] SideClauseOpeners = ["who", "which", "whom", "whose", "according to"];

    /// <summary>
    /// The comma that closes a side clause opened at <paramref name="comma"/> (", who …,", ", according to …,"), or
    /// -1 when none opens there or it holds quotes or brackets.
    /// </summary>
    private static int SideClauseEnd(string folded, int comma, int limit)
    {
        if (!Array.Exists(SideClauseOpeners, opener => Phrases.StartsWithWords(folded, comma + 1, opener)))
        {
            return -1;
        }

        var close = folded.IndexOf(',', comma + 1, Math.Max(0, limit - comma - 1));
        return close > 0 && folded.IndexOfAny(['"', ';', '(', ')', '\u201C', '\u201D'], comma + 1, close - comma - 1) < 0 ? close : -1;
    }

    private static bool IsQuoteChar(char c) => c is '"' or '\u201C' or '\u201D';

    /// <summary>
    /// The closing quote of a scare quote opened at <paramref name="open"/> (a few words quoted inside a clause:
    /// 'were "killed or wounded"'), or -1 when the quote is speech (long, or holding clause punctuation).
    /// </summary>
    private static int ScareQuoteEnd(string folded, int open, int limit)
    {
        if (folded[open] == '\u201D')
        {
            return -1;
        }

        for (var i = open + 1; i < limit && i - open <= MaxScareQuote; i++)
        {
            var c = folded[i];
            if (IsQuoteChar(c))
            {
                return c != '\u201C' && IsShortQuote(folded, open + 1, i) ? i : -1;
            }

            if (c is ',' or ';' or '.' or ':' or '?' or '!')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The opening quote of a scare quote closed at <paramref name="close"/>, or -1 (see <see cref="ScareQuoteEnd"/>).</summary>
    private static int ScareQuoteStart(string folded, int close, int limit)
    {
        if (folded[close] == '\u201C')
        {
            return -1;
        }

        for (var i = close - 1; i >= limit && close - i <= MaxScareQuote; i--)
        {
            var c = folded[i];
            if (IsQuoteChar(c))
            {
                return c != '\u201D' && IsShortQuote(folded, i + 1, close) ? i : -1;
            }

            if (c is ',' or ';' or '.' or ':' or '?' or '!')
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsShortQuote(string folded, int from, int to) =>
        to > from && TextFolder.IsWordChar(folded[from]) && TextFolder.IsWordChar(folded[to - 1]) && Phrases.CountWords(folded, from, to) <= MaxScareQuoteWords;

    private static int CutBefore(string folded, int limit, int from)
    {
        var i = from;
        while (i > limit)
        {
            var c = folded[i - 1];
            if (IsQuoteChar(c) && ScareQuoteStart(folded, i - 1, limit) is var open and >= 0)
            {
                i = open;
                continue;
            }

            if (IsCutChar(c))
            {
                return i;
            }

            if (TextFolder.IsWordChar(c) && (i == folded.Length || !TextFolder.IsWordChar(folded[i])))
            {
                var start = i;
                while (start > limit && TextFolder.IsWordChar(folded[start - 1]))
                {
                    start--;
                }

                if (CutLookup.Contains(folded.AsSpan(start, i - start)))
                {
                    return i;
                }

                i = start;
                continue;
            }

            i--;
        }

        return limit;
    }
}
