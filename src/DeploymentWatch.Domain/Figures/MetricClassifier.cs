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
    public static FigureMetric? Classify(SentenceCues cues, NumberMention mention, ClauseWindow window, FigureQualifier qualifier, FigureMetric? previous)
    {
        var folded = cues.Text;

        // "captured two wounded North Korean soldiers", "have killed about 200": the verb just before the number wins.
        if (cues.Last(CueKind.Casualty, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 1), window.LeftEnd) is { } verb)
        {
            return verb.Casualty;
        }

        if (cues.First(CueKind.Casualty, window.RightStart, window.RightEnd) is { } after)
        {
            return after.Casualty;
        }

        if (cues.Last(CueKind.Casualty, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 3), window.LeftEnd) is { } adjacent)
        {
            return adjacent.Casualty;
        }

        if (SoldierNounFollows(cues, window) || SoldierNounLeads(cues, window) || DeployVerbBefore(cues, window))
        {
            return TroopKind(cues, window);
        }

        // "The death toll among North Korean troops has risen to about 600": the casualty noun may sit a clause back.
        if (cues.Last(CueKind.Casualty, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 10), window.LeftEnd) is { } before)
        {
            return before.Casualty;
        }

        // "…, and another 3,000 to 5,000 are expected to follow": more of the troops counted just before.
        if (previous is FigureMetric.Troops or FigureMetric.TroopsPlanned or FigureMetric.TroopsFrontline
            && cues.Any(CueKind.PlannedAfter, window.RightStart, window.RightEnd))
        {
            return FigureMetric.TroopsPlanned;
        }

        // "…, estimating around 1,200", "lower than Kyiv's count of 3,000": the same measure as the number before.
        var standsAlone = Phrases.CountWords(folded, window.RightStart, window.RightEnd) == 0;
        var hedged = qualifier != FigureQualifier.Exact
                     || cues.Any(CueKind.Estimate, window.LeftStart, window.LeftEnd)
                     || cues.Any(CueKind.CountNoun, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 3), window.LeftEnd);
        return standsAlone && hedged ? previous : null;
    }

    private static FigureMetric TroopKind(SentenceCues cues, ClauseWindow window)
    {
        var nearLeft = Phrases.StartOfLastWords(cues.Text, window.LeftStart, window.LeftEnd, 6);
        if (cues.Any(CueKind.Frontline, window.RightStart, window.RightEnd) || cues.Any(CueKind.Frontline, nearLeft, window.LeftEnd))
        {
            return FigureMetric.TroopsFrontline;
        }

        if (cues.Any(CueKind.PlannedBefore, nearLeft, window.LeftEnd) || cues.Any(CueKind.PlannedAfter, window.RightStart, window.RightEnd))
        {
            return FigureMetric.TroopsPlanned;
        }

        return FigureMetric.Troops;
    }

    /// <summary>A soldier noun among the first words after the number: "11,000 troops", "12,000 North Korean soldiers", "3,000 of them".</summary>
    private static bool SoldierNounFollows(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        if (Phrases.StartsWithWords(folded, window.RightStart, "of them") || Phrases.StartsWithWords(folded, window.RightStart, "of those"))
        {
            return true;
        }

        // "including 3,000 sent in January": a deployment participle right after the number stands for its noun.
        return cues.Any(CueKind.SoldierNoun, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 5))
               || cues.Any(CueKind.DeployVerb, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 1));
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
