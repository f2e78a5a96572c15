namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Is a count about North Korean soldiers? North Korea must be named in the sentence, or in the sentence before
/// (English carries the subject: "Ukraine said North Korean forces suffered heavy losses. More than 3,000 have been
/// killed or wounded"), and the count must not be someone else's: "Russian losses", "3,000 Ukrainian soldiers",
/// "40,000 people … in Gaza".
/// </summary>
internal static class NorthKoreanSubject
{
    public static bool Mentions(SentenceCues cues) => cues.Any(CueKind.NorthKorea, 0, cues.Text.Length);

    /// <summary>The sentence is about another war (Gaza, Sudan …).</summary>
    public static bool IsOtherWar(SentenceCues cues) => cues.Any(CueKind.OtherWar, 0, cues.Text.Length);

    /// <summary>The words right after the number, or the subject just before it, belong to another side.</summary>
    public static bool BelongsToOtherSide(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        if (cues.Any(CueKind.NorthKorea, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 4)))
        {
            return false;
        }

        // Two words and one char more, so that "U.S." (two word runs and a dot) is seen whole.
        var rightNear = Math.Min(window.RightEnd, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 2) + 1);
        if (cues.Any(CueKind.PeopleNoun, window.RightStart, rightNear))
        {
            return true;
        }

        // "the 50,000 troops Moscow has sent": the count's noun, then another side owning it in a relative clause.
        var rightOwner = Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 3);
        foreach (var side in cues.All(CueKind.OtherSide, window.RightStart, rightOwner))
        {
            if (!AfterPreposition(cues, window.RightStart, side.Start)
                && cues.Any(CueKind.LossWord, side.End, Phrases.EndOfFirstWords(folded, side.End, window.RightEnd, 1)))
            {
                return true;
            }
        }

        // "China says around 180,000 of its soldiers died": "its" is the other side named before the number.
        if ((Phrases.StartsWithWords(folded, window.RightStart, "of its") || Phrases.StartsWithWords(folded, window.RightStart, "of their"))
            && cues.Any(CueKind.OtherSide, window.LeftStart, window.LeftEnd) && !cues.Any(CueKind.NorthKorea, window.LeftStart, window.LeftEnd))
        {
            return true;
        }

        // "Russia, which has 600,000 soldiers deployed": the relative clause's owner stands before its comma.
        if (window.LeftStart > 0 && (Phrases.StartsWithWords(folded, window.LeftStart, "which") || Phrases.StartsWithWords(folded, window.LeftStart, "who")))
        {
            var pronounEnd = Phrases.EndOfFirstWords(folded, window.LeftStart, window.LeftEnd, 1);
            if (cues.Any(CueKind.LossWord, pronounEnd, Phrases.EndOfFirstWords(folded, pronounEnd, window.LeftEnd, 1))
                && cues.Any(CueKind.OtherSide, Phrases.StartOfLastWords(folded, 0, window.LeftStart, 2), window.LeftStart))
            {
                return true;
            }
        }

        // "Russia has lost 700,000", "Ukrainian losses of 3,000" — but not "in combat with the Ukrainian military".
        var leftNear = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 6);
        foreach (var side in cues.All(CueKind.OtherSide, leftNear, window.LeftEnd))
        {
            if (AfterPreposition(cues, window.LeftStart, side.Start))
            {
                continue;
            }

            var twoWords = Phrases.EndOfFirstWords(folded, side.End, window.LeftEnd, 2);
            if (cues.Any(CueKind.LossWord, side.End, twoWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterPreposition(SentenceCues cues, int from, int at)
    {
        var folded = cues.Text;
        var start = Phrases.StartOfLastWords(folded, from, at, 1);
        if (start < at && Phrases.StartsWithWords(folded, start, "the"))
        {
            start = Phrases.StartOfLastWords(folded, from, start, 1);
        }

        return start < at && cues.First(CueKind.Preposition, start, at) is { } p && p.Start == start;
    }
}
