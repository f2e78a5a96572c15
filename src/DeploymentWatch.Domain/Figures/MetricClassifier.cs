using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Decides what a number counts from the words around it: a casualty word after it in its clause ("300 … have been
/// killed"), else one just before it ("have killed about 200"), else a soldier noun right after it ("11,000 troops")
/// refined by front-line or plan words, else a casualty word further back ("casualties could be around 4,000"),
/// else the metric of the number before it in the same sentence when it stands alone at the end of its clause
/// ("…, estimating around 1,200").
/// </summary>
internal static class MetricClassifier
{
    private const int MaxListNounWords = 4;
    private const int MaxPredicateWords = 10;
    private const int MaxListedWords = 12;
    private const int MaxNounPhraseWords = 5;

    // The whole's hedge, number (its digit groups count as words) and noun phrase: "some 15,000 North Korean troops".
    private const int MaxWholeNounWords = 8;

    // How far back a growth verb may stand from its "by" ("increased its contingent in Russia by"), and a total
    // noun from its "to" ("the total number of North Korean troops sent to Russia to").
    private const int MaxIncreaseReach = 8;
    private const int MaxTotalReach = 12;

    // English function phrases that add a count to another ("on top of the 11,000 already there", "3,000 soldiers
    // had been added to the contingent").
    private static readonly string[] AddedToPhrases = [" on top of ", " in addition to ", " been added ", " were added ", " was added "];

    // Verbs that carry a count up to a new total: "lifting its deployment there to about 14,000".
    private static readonly string[] BringingVerbs = ["bringing", "brings", "brought", "lifting", "lifts", "lifted", "raising", "raises", "raised", "taking", "takes", "pushing", "pushes"];

    private static bool BringsTo(string folded, ClauseWindow window)
    {
        var start = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 6);
        foreach (var verb in BringingVerbs)
        {
            for (var at = folded.IndexOf(verb, start, window.LeftEnd - start, StringComparison.Ordinal); at >= 0;
                 at = folded.IndexOf(verb, at + 1, window.LeftEnd - at - 1, StringComparison.Ordinal))
            {
                if ((at == 0 || !TextFolder.IsWordChar(folded[at - 1])) && !TextFolder.IsWordChar(folded[at + verb.Length]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Spaced on both sides so that a search finds whole words only.
    private static readonly string[] FiniteAuxiliaries = [" have ", " has ", " had ", " are ", " is ", " were ", " was "];

    // Spaced, so that a search finds whole words only.
    private static readonly string[] RelativePronouns = [" that ", " which ", " who "];

    // In the order they stand: "have been sent", "were sent", "are being deployed".
    private static readonly string[] PassiveAuxiliaries = ["have", "has", "had", "were", "was", "are", "is", "been", "being"];

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
        return folded.IndexOf("make up for", start, casualty - start, StringComparison.Ordinal) >= 0
               || folded.IndexOf("making up for", start, casualty - start, StringComparison.Ordinal) >= 0
               || ReplacedBefore(folded, start, casualty);
    }

    private static bool ReplacedBefore(string folded, int from, int noun)
    {
        var verb = Phrases.StartOfLastWords(folded, from, noun, 2);
        foreach (var word in ReplaceVerbs)
        {
            var at = folded.IndexOf(word, verb, noun - verb, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !TextFolder.IsWordChar(folded[at - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // English verbs of replacing: the noun after them names other soldiers than the count's.
    private static readonly string[] ReplaceVerbs = ["replace", "replacing", "replaced", "relieve", "relieving", "relieved"];

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

    /// <summary>
    /// The number completes a clause whose subject is soldiers: "the number of troops … at 10,000", "the contingent
    /// grows to 10,000", "… out of 10,000". The clause names no casualty, so it counts the soldiers themselves.
    /// </summary>
    private static bool LinkedToSoldierSubject(SentenceCues cues, ClauseWindow window, NumberMention mention)
    {
        var folded = cues.Text;
        var lastWord = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 1);
        if (!LinkBefore(cues, window, mention)
            || lastWord >= window.LeftEnd)
        {
            return false;
        }

        var subject = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 12);
        return cues.Any(CueKind.SoldierNoun, subject, lastWord) && !cues.Any(CueKind.Casualty, subject, window.LeftEnd)
               && !cues.Any(CueKind.Casualty, window.RightStart, window.RightEnd);
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

    /// <summary>The number is "N of" right before another number ("about 8,000 of some 15,000").</summary>
    private static bool IsAPartOfTheNext(string folded, ClauseWindow window) =>
        window.RightEnd < folded.Length && Phrases.StartsWithWords(folded, window.RightStart, "of")
        && Phrases.CountWords(folded, window.RightStart, window.RightEnd) <= 2;

    /// <summary>The number comes right after "N of" ("8,000 of some 15,000"): it is the whole the part is taken from.</summary>
    private static bool IsTheWholeOfAPart(string folded, ClauseWindow window) =>
        window.LeftStart > 0 && char.IsAsciiDigit(folded[window.LeftStart - 1])
        && (Phrases.EndsWithWords(folded, window.LeftEnd, "of") || Phrases.EndsWithWords(folded, window.LeftEnd, "of the"))
        && Phrases.CountWords(folded, window.LeftStart, window.LeftEnd) <= 2;

    private static bool TalksOfSendingSoldiers(SentenceCues cues) =>
        (cues.Any(CueKind.SoldierNoun, 0, cues.Text.Length) || cues.Any(CueKind.DeployVerb, 0, cues.Text.Length))
        && !cues.Any(CueKind.Casualty, 0, cues.Text.Length);

    private static bool IsTroopCount(FigureMetric metric) =>
        metric is FigureMetric.Troops or FigureMetric.TroopsFrontline or FigureMetric.TroopsPlanned or FigureMetric.TroopsAdditional;

    /// <summary>A link word in the last two words before the number's qualifier, or the qualifier itself ("closer to").</summary>
    private static bool LinkBefore(SentenceCues cues, ClauseWindow window, NumberMention mention) =>
        cues.Any(CueKind.LinkWord, Phrases.StartOfLastWords(cues.Text, window.LeftStart, window.LeftEnd, 2), window.LeftEnd)
        || cues.Any(CueKind.LinkWord, window.LeftEnd, mention.Start);

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

    // How far back a count noun may stand from the link before the number ("put the figure lower, at").
    private const int MaxCountNounReach = 6;

    private static bool ComparedWithBefore(string folded, ClauseWindow window) =>
        Phrases.EndsWithWords(folded, window.LeftEnd, "down from") || Phrases.EndsWithWords(folded, window.LeftEnd, "up from");

    /// <summary>
    /// "the figure had dipped to 11,000", "put the figure lower, at around 10,000": a link word right before the
    /// number and a count noun a few words back (across a comma), with no soldier or casualty word of its own.
    /// </summary>
    private static bool LinkedToCountNoun(SentenceCues cues, ClauseWindow window, NumberMention mention)
    {
        var folded = cues.Text;
        if (!LinkBefore(cues, window, mention))
        {
            return false;
        }

        var reach = Phrases.StartOfLastWords(folded, 0, window.LeftEnd, MaxCountNounReach);
        return cues.Any(CueKind.CountNoun, reach, window.LeftEnd)
               && !cues.Any(CueKind.Casualty, reach, window.LeftEnd)
               && !cues.Any(CueKind.Casualty, window.RightStart, window.RightEnd);
    }

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

    /// <summary>A soldier noun among the first words after the number: "11,000 troops", "12,000 North Korean soldiers", "3,000 of them".</summary>
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

    private static bool SoldierNounFollows(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        if (Phrases.StartsWithWords(folded, window.RightStart, "of them") || Phrases.StartsWithWords(folded, window.RightStart, "of those"))
        {
            return true;
        }

        // "about 8,000 of Pyongyang's 10,000 soldiers": a part of the soldiers counted by the next number (unless
        // they were killed: "1,000 of the 11,000 troops were killed" is a casualty count).
        if (Phrases.StartsWithWords(folded, window.RightStart, "of") && window.RightEnd < folded.Length
            && !ClauseWindow.IsCutChar(folded[window.RightEnd]) && Phrases.CountWords(folded, window.RightStart, window.RightEnd) <= 4
            && cues.Any(CueKind.SoldierNoun, window.RightEnd, Phrases.EndOfFirstWords(folded, window.RightEnd, folded.Length, 6))
            && !cues.Any(CueKind.Casualty, window.RightEnd, Phrases.EndOfFirstWords(folded, window.RightEnd, folded.Length, 12)))
        {
            return true;
        }

        // "including 3,000 sent in January", "around 11,000 were sent": a deployment participle right after the number
        // (or after its auxiliaries) stands for its noun.
        return cues.Any(CueKind.SoldierNoun, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 5))
               || cues.Any(CueKind.DeployVerb, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 1))
               || DeployParticipleAfter(cues, window);
    }

    /// <summary>"around 11,000 were sent", "3,000 more have been deployed": a deployment participle after the auxiliaries.</summary>
    private static bool DeployParticipleAfter(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        var start = window.RightStart;
        var more = cues.First(CueKind.AdditionalAfter, start, Phrases.EndOfFirstWords(folded, start, window.RightEnd, 1));
        if (more is { } m)
        {
            start = m.End;
        }

        // "3,000 more arrived": after "more" the verb needs no auxiliary to tell of soldiers.
        var verb = SkipAuxiliaries(folded, start, window.RightEnd);
        return (verb > start || more is not null) && cues.Any(CueKind.DeployVerb, verb, Phrases.EndOfFirstWords(folded, verb, window.RightEnd, 1));
    }

    // How many words after a number a plan or front phrase may start and still tell of it ("5,000 will be sent",
    // "about 8,000 are in combat").
    private const int MaxSaidOfWords = 2;

    /// <summary>
    /// "another 5,000 will be sent by March", "about 8,000 are in combat": with no noun, a plan or the front right
    /// after the number says it counts soldiers.
    /// </summary>
    private static bool SaidOfSoldiersRightAfter(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        var start = window.RightStart;
        if (cues.First(CueKind.AdditionalAfter, start, Phrases.EndOfFirstWords(folded, start, window.RightEnd, 1)) is { } more)
        {
            start = more.End;
        }

        var reach = Phrases.EndOfFirstWords(folded, start, window.RightEnd, MaxSaidOfWords);
        foreach (var hit in cues.All(CueKind.PlannedAfter | CueKind.Frontline, start, window.RightEnd))
        {
            if (hit.Start <= reach)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Of approximately 15,000 North Korean servicemen in the country, about 8,000 are …": a part of the whole before.</summary>
    private static bool PartAfterTheWhole(string folded, ClauseWindow window, FigureMetric? previous) =>
        previous is { } whole && IsTroopCount(whole) && Phrases.StartsWithWords(folded, 0, "of") && window.LeftStart > 0
        && folded.IndexOf(',', 0, window.LeftEnd) > 0;

    /// <summary>Where the words after a number go on past its passive auxiliaries ("were", "have been", "had been").</summary>
    private static int SkipAuxiliaries(string folded, int start, int end)
    {
        var at = start;
        foreach (var auxiliary in PassiveAuxiliaries)
        {
            if (Phrases.StartsWithWords(folded, at, auxiliary))
            {
                at = Phrases.EndOfFirstWords(folded, at, end, 1);
            }
        }

        return at;
    }

    /// <summary>"North Korean troops numbering about 11,000", "a force of 12,000": the noun comes first.</summary>
    private static bool SoldierNounLeads(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        var lastWord = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 1);
        var linked = Phrases.StartsWithWords(folded, lastWord, "numbering") || Phrases.StartsWithWords(folded, lastWord, "totalling")
                     || Phrases.StartsWithWords(folded, lastWord, "totaling") || Phrases.StartsWithWords(folded, lastWord, "of");
        return linked && cues.Any(CueKind.SoldierNoun, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 3), lastWord);
    }

    /// <summary>"has sent 11,000 to Russia": a deployment verb right before a number with no noun of its own.</summary>
    private static bool DeployVerbBefore(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        if (!cues.Any(CueKind.DeployVerb, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 2), window.LeftEnd))
        {
            return false;
        }

        return Phrases.CountWords(folded, window.RightStart, window.RightEnd) == 0
               || Phrases.StartsWithWords(folded, window.RightStart, "to")
               || Phrases.StartsWithWords(folded, window.RightStart, "into")
               || Phrases.StartsWithWords(folded, window.RightStart, "more");
    }
}
