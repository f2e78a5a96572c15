namespace DeploymentWatch.Domain.Figures;

/// <summary>A number that says what it counts only through a link to a count named before ("the figure lower, at around 10,000").</summary>
internal static partial class MetricClassifier
{
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

    /// <summary>A link word in the last two words before the number's qualifier, or the qualifier itself ("closer to").</summary>
    private static bool LinkBefore(SentenceCues cues, ClauseWindow window, NumberMention mention) =>
        cues.Any(CueKind.LinkWord, Phrases.StartOfLastWords(cues.Text, window.LeftStart, window.LeftEnd, 2), window.LeftEnd)
        || cues.Any(CueKind.LinkWord, window.LeftEnd, mention.Start);

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

    /// <summary>The sentence names soldiers or their sending, and no loss ("if the North sends another contingent").</summary>
    private static bool TalksOfSendingSoldiers(SentenceCues cues) =>
        (cues.Any(CueKind.SoldierNoun, 0, cues.Text.Length) || cues.Any(CueKind.DeployVerb, 0, cues.Text.Length))
        && !cues.Any(CueKind.Casualty, 0, cues.Text.Length);
}
