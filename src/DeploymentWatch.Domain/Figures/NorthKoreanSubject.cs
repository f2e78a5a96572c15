namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Is a count about North Korean soldiers? North Korea must be named in the sentence, or in the sentence before
/// (English carries the subject: "Ukraine said North Korean forces suffered heavy losses. More than 3,000 have been
/// killed or wounded"), and the count must not be someone else's: "Russian losses", "3,000 Ukrainian soldiers",
/// "40,000 people … in Gaza".
/// </summary>
internal static class NorthKoreanSubject
{
    private static readonly string[] NorthKorea =
    [
        "north korea", "north korean", "north koreans", "north korea's", "pyongyang", "pyongyang's", "the north",
        "dprk", "kim jong un", "kim jong un's", "kpa", "n. korea", "n. korean", "nk",
    ];

    private static readonly string[] Nationalities =
    [
        "russian", "russians", "russia's", "ukrainian", "ukrainians", "ukraine's", "israeli", "israelis", "israel's",
        "palestinian", "palestinians", "sudanese", "american", "americans", "u.s.", "us", "chinese", "syrian",
        "yemeni", "south korean", "south korea's", "south koreans", "iranian", "british", "french", "german",
    ];

    private static readonly string[] Others = [.. Nationalities, "russia", "ukraine", "israel", "idf", "hamas"];

    private static readonly string[] PeopleNouns =
    [
        .. Nationalities, "civilian", "civilians", "people", "children", "women", "residents", "refugees", "citizens",
        "workers", "students", "tourists", "migrants", "protesters", "lawmakers", "voters",
    ];

    private static readonly string[] OtherWars =
    [
        "gaza", "sudan", "israel", "hamas", "yemen", "syria", "myanmar", "ethiopia", "tigray", "lebanon",
        "hezbollah", "darfur", "sahel", "west bank",
    ];

    private static readonly string[] Prepositions = ["with", "against", "by", "from", "to", "on", "in", "into", "at", "of", "for"];

    private static readonly string[] LossWords = ["lost", "suffered", "losses", "casualties", "dead", "soldiers", "troops", "forces"];

    public static bool Mentions(string folded) => NorthKorea.Any(p => Phrases.Contains(folded, p, 0, folded.Length));

    /// <summary>The words right after the number, or the subject just before it, belong to another side.</summary>
    public static bool BelongsToOtherSide(string folded, ClauseWindow window)
    {
        if (Phrases.ContainsAny(folded, NorthKorea, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 4)))
        {
            return false;
        }

        // Three words, so that "U.S." (two word runs and a dot) is seen whole.
        if (Phrases.ContainsAny(folded, PeopleNouns, window.RightStart, Math.Min(window.RightEnd, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 2) + 1)))
        {
            return true;
        }

        var leftNear = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 6);
        foreach (var side in Others)
        {
            var at = Phrases.LastIndexOf(folded, side, leftNear, window.LeftEnd);
            if (at < 0)
            {
                continue;
            }

            if (AfterPreposition(folded, window.LeftStart, at))
            {
                continue;
            }

            var after = at + side.Length;
            var twoWords = Phrases.EndOfFirstWords(folded, after, window.LeftEnd, 2);
            if (LossWords.Any(v => Phrases.Contains(folded, v, after, twoWords)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in combat with the Ukrainian military": the side is an object, not the subject of the count.</summary>
    private static bool AfterPreposition(string folded, int from, int at)
    {
        var start = Phrases.StartOfLastWords(folded, from, at, 1);
        if (start < at && Phrases.StartsWithWords(folded, start, "the"))
        {
            start = Phrases.StartOfLastWords(folded, from, start, 1);
        }

        return start < at && Prepositions.Any(p => Phrases.StartsWithWords(folded, start, p));
    }

    /// <summary>The sentence is about another war and never names North Korea.</summary>
    public static bool IsOtherWar(string folded) => OtherWars.Any(p => Phrases.Contains(folded, p, 0, folded.Length));
}
