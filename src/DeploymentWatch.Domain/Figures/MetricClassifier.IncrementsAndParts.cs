namespace DeploymentWatch.Domain.Figures;

/// <summary>Increments and the totals after them, lists under one plan, and a part taken from a whole ("8,000 of some 15,000").</summary>
internal static partial class MetricClassifier
{
    // How far back a growth verb may stand from its "by" ("increased its contingent in Russia by"), and a total
    // noun from its "to" ("the total number of North Korean troops sent to Russia to").
    private const int MaxIncreaseReach = 8;

    private const int MaxTotalReach = 12;

    // English function phrases that add a count to another ("on top of the 11,000 already there", "3,000 soldiers
    // had been added to the contingent").
    private static readonly string[] AddedToPhrases = [" on top of ", " in addition to ", " been added ", " were added ", " was added "];

    // Verbs that carry a count up to a new total: "lifting its deployment there to about 14,000".
    private static readonly string[] BringingVerbs = ["bringing", "brings", "brought", "lifting", "lifts", "lifted", "raising", "raises", "raised", "taking", "takes", "pushing", "pushes"];

    // How far back a bringing verb may stand from the "to" before the number.
    private const int MaxBringingReach = 6;

    /// <summary>A bringing verb a few words before the number ("lifting its deployment there to").</summary>
    private static bool BringsTo(string folded, ClauseWindow window) =>
        Phrases.HasAnyWords(folded, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, MaxBringingReach), window.LeftEnd, BringingVerbs);

    /// <summary>
    /// "sent 1,000 engineers in May, on top of the 11,000 already there": the count is added to another one named
    /// in its clause or the clause right after it.
    /// </summary>
    private static bool AddsToAnEarlierCount(string folded, ClauseWindow window)
    {
        var end = window.RightEnd;
        if (end < folded.Length && folded[end] == ',')
        {
            end = ClauseWindow.ClauseOf(folded, end + 1, end + 1).End;
        }

        foreach (var phrase in AddedToPhrases)
        {
            if (folded.IndexOf(phrase, window.RightStart, end - window.RightStart, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"increased its contingent in Russia by 2,000": a growth verb, a few words, then "by" right before the number.</summary>
    private static bool IncreasedBy(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        return Phrases.EndsWithWords(folded, window.LeftEnd, "by")
               && cues.Any(CueKind.IncreaseVerb, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, MaxIncreaseReach), window.LeftEnd);
    }

    /// <summary>
    /// "the total number of North Korean troops in Russia to 14,000": "to" right before the number, a total noun a
    /// few words back and a soldier noun between them, no casualty word (a total of the dead is a casualty count).
    /// </summary>
    private static bool TotalOfSoldiers(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        if (!Phrases.EndsWithWords(folded, window.LeftEnd, "to"))
        {
            return false;
        }

        var reach = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, MaxTotalReach);
        return cues.Last(CueKind.TotalNoun, reach, window.LeftEnd) is { } total
               && cues.Any(CueKind.SoldierNoun, total.End, window.LeftEnd)
               && !cues.Any(CueKind.Casualty, total.Start, window.RightEnd);
    }

    private const int MaxListedWords = 12;

    /// <summary>
    /// "will send 1,000 sappers and 5,000 builders": the second count of a list shares the plan or increment of the
    /// first ("will send 1,000 sappers to clear mines in Kursk and about 5,000 builders"). Only the first count's
    /// noun phrase and "and" may stand between the two numbers, no clause break.
    /// </summary>
    private static FigureMetric? ListedAfter(string folded, ClauseWindow window, FigureMetric? previous)
    {
        if (previous is not (FigureMetric.TroopsPlanned or FigureMetric.TroopsAdditional)
            || window.LeftStart == 0 || !char.IsAsciiDigit(folded[window.LeftStart - 1]))
        {
            return null;
        }

        return Phrases.EndsWithWords(folded, window.LeftEnd, "and") && Phrases.CountWords(folded, window.LeftStart, window.LeftEnd) <= MaxListedWords
            ? previous
            : null;
    }

    /// <summary>"…, with roughly 2,000 more moving toward the region": more of the soldiers the sentence named before.</summary>
    private static bool MoreOfTroops(SentenceCues cues, ClauseWindow window) =>
        cues.Any(CueKind.AdditionalAfter, window.RightStart, Phrases.EndOfFirstWords(cues.Text, window.RightStart, window.RightEnd, 1))
        && cues.Any(CueKind.SoldierNoun, 0, window.LeftEnd);

    /// <summary>The number is "N of" right before another number ("about 8,000 of some 15,000").</summary>
    private static bool IsAPartOfTheNext(string folded, ClauseWindow window) =>
        window.RightEnd < folded.Length && Phrases.StartsWithWords(folded, window.RightStart, "of")
        && Phrases.CountWords(folded, window.RightStart, window.RightEnd) <= 2;

    /// <summary>The number comes right after "N of" ("8,000 of some 15,000"): it is the whole the part is taken from.</summary>
    private static bool IsTheWholeOfAPart(string folded, ClauseWindow window) =>
        window.LeftStart > 0 && char.IsAsciiDigit(folded[window.LeftStart - 1])
        && (Phrases.EndsWithWords(folded, window.LeftEnd, "of") || Phrases.EndsWithWords(folded, window.LeftEnd, "of the"))
        && Phrases.CountWords(folded, window.LeftStart, window.LeftEnd) <= 2;

    /// <summary>"Of approximately 15,000 North Korean servicemen in the country, about 8,000 are …": a part of the whole before.</summary>
    private static bool PartAfterTheWhole(string folded, ClauseWindow window, FigureMetric? previous) =>
        previous is { } whole && IsTroopCount(whole) && Phrases.StartsWithWords(folded, 0, "of") && window.LeftStart > 0
        && folded.IndexOf(',', 0, window.LeftEnd) > 0;
}
