namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Decides what a number counts from the words around it: a casualty word after it in its clause ("300 … have been
/// killed"), else one just before it ("have killed about 200"), else a soldier noun right after it ("11,000 troops")
/// refined by front-line or plan words, else a casualty word further back ("casualties could be around 4,000"),
/// else the metric of the number before it in the same sentence when it stands alone at the end of its clause
/// ("…, estimating around 1,200").
/// </summary>
internal static partial class MetricClassifier
{
    private const int MaxListNounWords = 4;

    private const int MaxPredicateWords = 10;

    private const int MaxNounPhraseWords = 5;

    // The whole's hedge, number (its digit groups count as words) and noun phrase: "some 15,000 North Korean troops".
    private const int MaxWholeNounWords = 8;

    // Spaced on both sides so that a search finds whole words only.
    private static readonly string[] FiniteAuxiliaries = [" have ", " has ", " had ", " are ", " is ", " were ", " was "];

    /// <param name="previous">The metric of the number before this one in its sentence, if any.</param>
    /// <param name="lastSentence">The metric of the last figure of the two sentences before, if they gave any.</param>
    public static FigureMetric? Classify(
        SentenceCues cues, NumberMention mention, ClauseWindow window, FigureQualifier qualifier, FigureMetric? previous, FigureMetric? lastSentence = null)
    {
        var folded = cues.Text;

        // "captured two wounded North Korean soldiers", "have killed about 200": the verb just before the number wins.
        if (cues.Last(CueKind.Casualty, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 1), window.LeftEnd) is { } verb)
        {
            // "killed or wounded at least 40": the whole phrase that ends there, not its last word.
            var phrase = cues.Last(CueKind.Casualty, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 3), window.LeftEnd);
            var leading = phrase is { } p && p.End == verb.End ? p.Casualty : verb.Casualty;

            // "has lost about 2,000 soldiers killed": "lost" counts losses of any kind until the noun says which.
            return leading == FigureMetric.Casualties && NamedRightAfterNoun(cues, window) is { } named ? named : leading;
        }

        if (cues.First(CueKind.Casualty, window.RightStart, window.RightEnd) is { } after && !InAnotherNounsClause(cues, window, after.Start)
            && !OfALaterNoun(cues, window, after.Start) && !MadeUpFor(folded, after.Start))
        {
            return after.Casualty;
        }

        if (cues.Last(CueKind.Casualty, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 3), window.LeftEnd) is { } adjacent)
        {
            return LongestEndingAt(cues, adjacent, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 6)).Casualty;
        }

        if (SoldierNounFollows(cues, window) || SoldierNounLeads(cues, window) || DeployVerbBefore(cues, window) || MoreOfTroops(cues, window)
            || SaidOfSoldiersRightAfter(cues, window) || PartAfterTheWhole(folded, window, previous))
        {
            var kind = TroopKind(cues, window);
            return kind == FigureMetric.Troops && ListedAfter(folded, window, previous) is { } shared ? shared : kind;
        }

        // "the number of troops in Kursk has risen by about 2,000", "boosted its force in Russia by 2,000": an
        // increment of the troops named before.
        var nearBefore = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 3);
        if ((cues.Any(CueKind.AdditionalBefore, nearBefore, window.LeftEnd) || IncreasedBy(cues, window))
            && cues.Any(CueKind.SoldierNoun, 0, window.LeftEnd)
            && !cues.Any(CueKind.Casualty, 0, window.LeftEnd))
        {
            return TroopKind(cues, window);
        }

        // "puts the number of North Korean troops in Russia at around 10,000", "the contingent grows to 10,000".
        if (LinkedToSoldierSubject(cues, window, mention))
        {
            return TroopKind(cues, window);
        }

        // "…, bringing the total to some 10,000", "lifting its deployment there to about 14,000": the total after an
        // increment counts what the increment counted.
        if (previous is { } earlier && Phrases.EndsWithWords(folded, window.LeftEnd, "to")
            && (cues.Any(CueKind.TotalNoun, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 10), window.LeftEnd)
                || (earlier == FigureMetric.TroopsAdditional && BringsTo(folded, window))))
        {
            return earlier is FigureMetric.TroopsAdditional or FigureMetric.TroopsPlanned or FigureMetric.TroopsFrontline ? FigureMetric.Troops : earlier;
        }

        // "bring the total number of North Korean troops sent to Russia to around 14,000": the total names its soldiers.
        if (TotalOfSoldiers(cues, window))
        {
            return FigureMetric.Troops;
        }

        // "The death toll among North Korean troops has risen to about 600": the casualty noun may sit a clause back.
        if (cues.Last(CueKind.Casualty, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 10), window.LeftEnd) is { } before)
        {
            // "the number of North Koreans killed or wounded at about 3,800": the whole phrase that ends there.
            return LongestEndingAt(cues, before, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 10)).Casualty;
        }

        // "…, and another 3,000 to 5,000 are expected to follow": more of the troops counted just before.
        if (previous is FigureMetric.Troops or FigureMetric.TroopsPlanned or FigureMetric.TroopsFrontline or FigureMetric.TroopsAdditional
            && cues.Any(CueKind.PlannedAfter, window.RightStart, window.RightEnd))
        {
            return FigureMetric.TroopsPlanned;
        }

        // "down from about 14,000", "put the figure lower, at around 10,000", "the true number is closer to 15,000":
        // the count just given, again, by another source or at another time.
        if ((previous ?? lastSentence) is { } counted && (ComparedWithBefore(folded, window) || LinkedToCountNoun(cues, window, mention)))
        {
            // "the planned total at some 12,000": its own plan or increment words still say which troops; "if the North
            // sends another contingent, the total could reach 20,000": a sentence of soldiers sent counts soldiers.
            if (!IsTroopCount(counted))
            {
                return TalksOfSendingSoldiers(cues) ? TroopKind(cues, window) : counted;
            }

            // "The NIS now puts the total at about 14,000" after an increment: a total is no increment.
            var kind = TroopKind(cues, window);
            return kind is not FigureMetric.Troops ? kind
                : counted is FigureMetric.TroopsAdditional && cues.Any(CueKind.TotalNoun, 0, window.LeftEnd) ? FigureMetric.Troops
                : counted;
        }

        // "North Korean casualties since May, killed and wounded, are around 1,000": the number's clause holds only its
        // verb, and the casualty noun stands before the side phrase.
        if (VerbOnly(folded, window) && cues.Last(CueKind.Casualty, Phrases.StartOfLastWords(folded, 0, window.LeftStart, MaxSubjectWords), window.LeftStart) is { } subject)
        {
            return LongestEndingAt(cues, subject, Phrases.StartOfLastWords(folded, 0, window.LeftStart, MaxSubjectWords)).Casualty;
        }

        // "…, estimating around 1,200", "lower than Kyiv's count of 3,000": the same measure as the number before.
        var standsAlone = Phrases.CountWords(folded, window.RightStart, window.RightEnd) == 0;
        var hedged = qualifier != FigureQualifier.Exact
                     || cues.Any(CueKind.Estimate, window.LeftStart, window.LeftEnd)
                     || cues.Any(CueKind.CountNoun, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 3), window.LeftEnd);
        return standsAlone && hedged ? previous : null;
    }

    /// <summary>
    /// Plans come first ("plans to send 3,000 more to the front" is a plan), then increments ("another 2,000",
    /// "1,000 more"), then the front — which needs front, fighting or combat words: a place alone ("in Kursk", "the
    /// frontline region of Kursk") is a deployment.
    /// </summary>
    private static FigureMetric TroopKind(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;

        // "about 8,000 of some 15,000 troops … were in combat": the whole is a total; what is said after it tells of
        // the part.
        if (IsTheWholeOfAPart(folded, window))
        {
            return FigureMetric.Troops;
        }

        var nearLeft = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 6);
        if (cues.Any(CueKind.PlannedBefore, nearLeft, window.LeftEnd) || PlannedAfter(cues, window))
        {
            return FigureMetric.TroopsPlanned;
        }

        if (cues.Any(CueKind.AdditionalBefore, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 3), window.LeftEnd)
            || IncreasedBy(cues, window)
            || cues.Any(CueKind.AdditionalAfter, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 1))
            || AddsToAnEarlierCount(folded, window))
        {
            return FigureMetric.TroopsAdditional;
        }

        // The front words of this number's own predicate: up to ten words after its noun ("about 2,000 of the North
        // Korean troops now in Russia are engaged in combat"), and not past "and" ("sent 10,000 troops and some of
        // them are fighting" says nothing of the 10,000).
        // Counted from the soldier noun when one follows the number ("about 3,000 North Korean troops have moved from
        // rear positions in Kursk to front-line duty").
        var and = folded.IndexOf(" and ", window.RightStart, window.RightEnd - window.RightStart, StringComparison.Ordinal);
        var predicate = cues.First(CueKind.SoldierNoun, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, MaxNounPhraseWords)) is { } noun
            ? noun.End
            : window.RightStart;
        var predicateLimit = window.RightEnd;
        if (IsAPartOfTheNext(folded, window)
            && cues.First(CueKind.SoldierNoun, window.RightEnd, Phrases.EndOfFirstWords(folded, window.RightEnd, folded.Length, MaxWholeNounWords)) is { } wholeNoun)
        {
            // The part's predicate follows the whole's noun phrase.
            predicate = wholeNoun.End;
            predicateLimit = ClauseWindow.ClauseOf(folded, wholeNoun.Start, wholeNoun.End).End;
            and = folded.IndexOf(" and ", predicate, predicateLimit - predicate, StringComparison.Ordinal);
        }

        var rightEnd = Math.Min(and < 0 ? predicateLimit : and, Phrases.EndOfFirstWords(folded, predicate, predicateLimit, MaxPredicateWords));
        if (IsFront(cues, window.RightStart, rightEnd) || IsFront(cues, nearLeft, window.LeftEnd))
        {
            return FigureMetric.TroopsFrontline;
        }

        return FigureMetric.Troops;
    }

    private static bool IsTroopCount(FigureMetric metric) =>
        metric is FigureMetric.Troops or FigureMetric.TroopsFrontline or FigureMetric.TroopsPlanned or FigureMetric.TroopsAdditional;

    /// <summary>A front-line word that is not the name of a place ("frontline region", "border areas").</summary>
    private static bool IsFront(SentenceCues cues, int from, int to)
    {
        foreach (var hit in cues.All(CueKind.Frontline, from, to))
        {
            var next = Phrases.EndOfFirstWords(cues.Text, hit.End, cues.Text.Length, 1);
            if (!cues.Any(CueKind.PlaceNoun, hit.End, next))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"to be deployed" is a plan, unless reported as a present state: "estimated to be deployed".</summary>
    private static bool PlannedAfter(SentenceCues cues, ClauseWindow window)
    {
        foreach (var hit in cues.All(CueKind.PlannedAfter, window.RightStart, OwnPredicateEnd(cues.Text, window)))
        {
            var before = Phrases.StartOfLastWords(cues.Text, window.RightStart, hit.Start, 1);
            if (!cues.Any(CueKind.ReportedPassive, before, hit.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the number's own predicate ends: at "and" when a finite auxiliary comes before it ("5,000 have been moving
    /// to Russia and are expected to …" joins a second predicate); "5,000 soldiers and officers are expected to …"
    /// is one.
    /// </summary>
    private static int OwnPredicateEnd(string folded, ClauseWindow window)
    {
        var and = folded.IndexOf(" and ", window.RightStart, window.RightEnd - window.RightStart, StringComparison.Ordinal);
        if (and < 0)
        {
            return window.RightEnd;
        }

        foreach (var auxiliary in FiniteAuxiliaries)
        {
            var at = folded.IndexOf(auxiliary, window.RightStart, and + 1 - window.RightStart, StringComparison.Ordinal);
            if (at >= 0)
            {
                return and;
            }
        }

        return window.RightEnd;
    }
}
