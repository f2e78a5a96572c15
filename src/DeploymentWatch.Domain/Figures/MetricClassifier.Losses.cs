namespace DeploymentWatch.Domain.Figures;

/// <summary>Which loss a casualty word counts, and whose loss it is: the count's own, another noun's, or one it makes up for.</summary>
internal static partial class MetricClassifier
{
    // Spaced, so that a search finds whole words only.
    private static readonly string[] RelativePronouns = [" that ", " which ", " who "];

    /// <summary>
    /// "2,000 fresh soldiers replaced units that had suffered losses": the casualty word stands in a relative clause of
    /// another noun ("units that …"), not of the number's own ("300 soldiers who were killed").
    /// </summary>
    private static bool InAnotherNounsClause(SentenceCues cues, ClauseWindow window, int casualty)
    {
        var folded = cues.Text;
        foreach (var pronoun in RelativePronouns)
        {
            var at = folded.IndexOf(pronoun, window.RightStart, casualty - window.RightStart, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // The clause's noun is the last word before the pronoun, or a longer name ending there ("from North Korea who").
            var nounStart = Phrases.StartOfLastWords(folded, window.RightStart, at, 1);
            if (nounStart > window.RightStart && Phrases.CountWords(folded, window.RightStart, at) > 1
                && !(cues.Last(CueKind.SoldierNoun | CueKind.NorthKorea, window.RightStart, at) is { } owner && owner.End > nounStart))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "2,500 fresh soldiers into Kursk to replace troops killed or wounded there": the casualty word follows a second
    /// soldier noun, the one being replaced, so it tells of those soldiers ("sent to support Russian forces … have
    /// died" still tells of the first).
    /// </summary>
    private static bool OfALaterNoun(SentenceCues cues, ClauseWindow window, int casualty)
    {
        var folded = cues.Text;
        if (cues.First(CueKind.SoldierNoun, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, MaxListNounWords)) is not { } first)
        {
            return false;
        }

        foreach (var later in cues.All(CueKind.SoldierNoun, first.End, casualty))
        {
            if (ReplacedBefore(folded, first.End, later.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"another 5,000 will be sent by March to make up for losses": the loss is what the count replaces.</summary>
    private static bool MadeUpFor(string folded, int casualty)
    {
        var start = Phrases.StartOfLastWords(folded, 0, casualty, 3);
        return Phrases.HasAnyWords(folded, start, casualty, MakingUpFor) || ReplacedBefore(folded, start, casualty);
    }

    /// <summary>A verb of replacing in the two words before <paramref name="noun"/> ("to replace troops").</summary>
    private static bool ReplacedBefore(string folded, int from, int noun) =>
        Phrases.HasAnyWords(folded, Phrases.StartOfLastWords(folded, from, noun, 2), noun, ReplaceVerbs);

    // English verbs of replacing: the noun after them names other soldiers than the count's.
    private static readonly string[] ReplaceVerbs = ["replace", "replacing", "replaced", "relieve", "relieving", "relieved"];

    private static readonly string[] MakingUpFor = ["make up for", "making up for"];

    /// <summary>
    /// "2,000 soldiers killed", "2,000 North Korean troops wounded": the casualty word right after the soldier noun
    /// that follows the number, when it says which loss (killed, wounded, captured), not losses of any kind.
    /// </summary>
    private static FigureMetric? NamedRightAfterNoun(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        var nounReach = Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, MaxListNounWords);

        // "lost some 2,000 killed": with no noun, the word right after the number says it.
        var from = cues.First(CueKind.SoldierNoun, window.RightStart, nounReach) is { } noun ? noun.End : window.RightStart;

        // The longest phrase that starts with the next word: "men killed and wounded" are casualties, not the killed.
        var nextWord = Phrases.EndOfFirstWords(folded, from, window.RightEnd, 1);
        CueHit? longest = null;
        foreach (var hit in cues.All(CueKind.Casualty, from, Phrases.EndOfFirstWords(folded, from, window.RightEnd, 3)))
        {
            if (hit.Start < nextWord && (longest is not { } l || hit.End > l.End))
            {
                longest = hit;
            }
        }

        return longest is { } named && named.Casualty != FigureMetric.Casualties ? named.Casualty : null;
    }

    /// <summary>The longest casualty phrase that ends where <paramref name="hit"/> ends ("killed or wounded", not "wounded").</summary>
    private static CueHit LongestEndingAt(SentenceCues cues, CueHit hit, int from)
    {
        // A phrase may start before the window that found its last word ("dead and wounded").
        from = Math.Min(from, Phrases.StartOfLastWords(cues.Text, 0, hit.Start, 3));
        var longest = hit;
        foreach (var other in cues.All(CueKind.Casualty, from, hit.End))
        {
            if (other.End == hit.End && other.Start < longest.Start)
            {
                longest = other;
            }
        }

        return longest;
    }

    // How far before a side phrase the subject of a verb-only clause may stand.
    private const int MaxSubjectWords = 8;

    private static readonly string[] Copulas = ["are", "is", "were", "was", "stand at", "stood at", "total", "totalled", "totaled", "at"];

    /// <summary>
    /// The number's clause, left of it, is a copula or "at" alone ("…, are around 1,000", "put the number of dead
    /// higher, at about 2,500"), after a side phrase.
    /// </summary>
    private static bool VerbOnly(string folded, ClauseWindow window)
    {
        if (window.LeftStart == 0)
        {
            return false;
        }

        var words = Phrases.CountWords(folded, window.LeftStart, window.LeftEnd);
        foreach (var copula in Copulas)
        {
            if (Phrases.EndsWithWords(folded, window.LeftEnd, copula) && copula.Count(c => c == ' ') + 1 == words)
            {
                return true;
            }
        }

        return false;
    }
}
