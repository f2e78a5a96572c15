namespace DeploymentWatch.Domain.Figures;

/// <summary>Whether a number counts soldiers: a soldier noun after or before it, a deployment verb, or what is said of it.</summary>
internal static partial class MetricClassifier
{
    /// <summary>A soldier noun among the first words after the number: "11,000 troops", "12,000 North Korean soldiers", "3,000 of them".</summary>
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

    // In the order they stand: "have been sent", "were sent", "are being deployed".
    private static readonly string[] PassiveAuxiliaries = ["have", "has", "had", "were", "was", "are", "is", "been", "being"];

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
}
