using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Decides what a number counts from the words around it: a casualty word after it in its clause ("300 … have been
/// killed"), else a soldier noun right after it ("11,000 troops") refined by front-line or plan words, else a
/// casualty word just before it ("casualties could be around 4,000"), else the metric of the number before it in
/// the same sentence when it stands alone at the end of its clause ("…, estimating around 1,200").
/// </summary>
internal static class MetricClassifier
{
    private static readonly (string Phrase, FigureMetric Metric)[] CasualtyPhrases =
    [
        ("killed or wounded", FigureMetric.Casualties), ("killed and wounded", FigureMetric.Casualties),
        ("killed or injured", FigureMetric.Casualties), ("killed and injured", FigureMetric.Casualties),
        ("wounded or killed", FigureMetric.Casualties), ("injured or killed", FigureMetric.Casualties),
        ("dead or wounded", FigureMetric.Casualties), ("dead and wounded", FigureMetric.Casualties),
        ("dead or injured", FigureMetric.Casualties), ("killed, wounded", FigureMetric.Casualties),
        ("casualties", FigureMetric.Casualties), ("casualty", FigureMetric.Casualties), ("losses", FigureMetric.Casualties),
        ("killed", FigureMetric.Killed), ("died", FigureMetric.Killed), ("dead", FigureMetric.Killed),
        ("deaths", FigureMetric.Killed), ("death toll", FigureMetric.Killed), ("lost their lives", FigureMetric.Killed),
        ("perished", FigureMetric.Killed), ("fatalities", FigureMetric.Killed),
        ("wounded", FigureMetric.Wounded), ("injured", FigureMetric.Wounded), ("injuries", FigureMetric.Wounded),
        ("captured", FigureMetric.Captured), ("taken prisoner", FigureMetric.Captured),
        ("taken captive", FigureMetric.Captured), ("prisoners of war", FigureMetric.Captured),
        ("prisoners", FigureMetric.Captured), ("captives", FigureMetric.Captured), ("pows", FigureMetric.Captured),
        ("surrendered", FigureMetric.Captured), ("in captivity", FigureMetric.Captured),
    ];

    private static readonly HashSet<string> SoldierNouns = new(StringComparer.Ordinal)
    {
        "troops", "troop", "soldiers", "soldier", "servicemen", "servicemembers", "personnel", "forces", "force",
        "fighters", "men", "officers", "mercenaries", "commandos", "strong", "contingent", "conscripts", "infantry",
    };

    private static readonly string[] FrontlineCues =
    [
        "frontline", "frontlines", "front line", "front lines", "the front", "combat zone", "combat zones",
        "into battle", "into combat", "combat duty",
    ];

    private static readonly string[] PlannedBefore =
    [
        "plan to", "plans to", "planning to", "planned", "to send", "will send", "would send", "could send",
        "may send", "might send", "to deploy", "will deploy", "could deploy", "preparing to", "prepare to",
        "to dispatch", "will dispatch",
    ];

    private static readonly string[] PlannedAfter =
    [
        "being prepared", "being readied", "being trained", "to be sent", "to be deployed", "will be sent",
        "will be deployed", "could be sent", "may be sent", "in total",
    ];

    private static readonly string[] DeployVerbs = ["sent", "deployed", "dispatched", "stationed", "send", "deploy", "dispatch"];

    public static FigureMetric? Classify(string folded, NumberMention mention, ClauseWindow window, FigureMetric? previous)
    {
        var casualty = FirstCasualty(folded, window.RightStart, window.RightEnd);
        if (casualty is { } after)
        {
            return after;
        }

        // "have killed about 200 North Korean troops": a casualty verb right before the number outranks its noun.
        var adjacent = LastCasualty(folded, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 3), window.LeftEnd);
        if (adjacent is { } verb)
        {
            return verb;
        }

        if (SoldierNounFollows(folded, window.RightStart, window.RightEnd) || DeployVerbBefore(folded, window))
        {
            return TroopKind(folded, window);
        }

        // "The death toll among North Korean troops has risen to about 600": the casualty noun may sit a clause back.
        var nearLeft = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 10);
        var before = LastCasualty(folded, nearLeft, window.LeftEnd);
        if (before is { } left)
        {
            return left;
        }

        var standsAlone = Phrases.CountWords(folded, window.RightStart, window.RightEnd) == 0;
        var hedged = QualifierDetector.Detect(folded, mention) != FigureQualifier.Exact
                     || Phrases.Contains(folded, "estimating", window.LeftStart, window.LeftEnd)
                     || Phrases.Contains(folded, "estimated", window.LeftStart, window.LeftEnd);
        return standsAlone && hedged ? previous : null;
    }

    private static FigureMetric TroopKind(string folded, ClauseWindow window)
    {
        var nearLeft = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 6);
        if (Phrases.ContainsAny(folded, FrontlineCues, window.RightStart, window.RightEnd)
            || Phrases.ContainsAny(folded, FrontlineCues, nearLeft, window.LeftEnd))
        {
            return FigureMetric.TroopsFrontline;
        }

        if (Phrases.ContainsAny(folded, PlannedBefore, nearLeft, window.LeftEnd)
            || Phrases.ContainsAny(folded, PlannedAfter, window.RightStart, window.RightEnd))
        {
            return FigureMetric.TroopsPlanned;
        }

        return FigureMetric.Troops;
    }

    private static FigureMetric? FirstCasualty(string folded, int from, int to)
    {
        var best = -1;
        var bestLength = 0;
        FigureMetric? metric = null;
        foreach (var (phrase, m) in CasualtyPhrases)
        {
            var at = Phrases.IndexOf(folded, phrase, from, to);
            if (at >= 0 && (best < 0 || at < best || (at == best && phrase.Length > bestLength)))
            {
                best = at;
                bestLength = phrase.Length;
                metric = m;
            }
        }

        return metric;
    }

    private static FigureMetric? LastCasualty(string folded, int from, int to)
    {
        var best = -1;
        var bestEnd = 0;
        FigureMetric? metric = null;
        foreach (var (phrase, m) in CasualtyPhrases)
        {
            var at = Phrases.LastIndexOf(folded, phrase, from, to);
            if (at >= 0 && (at + phrase.Length > bestEnd || (at + phrase.Length == bestEnd && at < best)))
            {
                best = at;
                bestEnd = at + phrase.Length;
                metric = m;
            }
        }

        return metric;
    }

    /// <summary>A soldier noun among the first words after the number: "11,000 troops", "12,000 North Korean soldiers", "3,000 of them".</summary>
    private static bool SoldierNounFollows(string folded, int from, int to)
    {
        if (Phrases.StartsWithWords(folded, from, "of them") || Phrases.StartsWithWords(folded, from, "of those"))
        {
            return true;
        }

        var limit = Phrases.EndOfFirstWords(folded, from, to, 5);
        var i = from;
        while (i < limit)
        {
            if (!TextFolder.IsWordChar(folded[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < limit && TextFolder.IsWordChar(folded[end]))
            {
                end++;
            }

            if (SoldierNouns.Contains(folded[i..end]))
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    /// <summary>"has sent 11,000 to Russia": a deployment verb right before a number with no noun of its own.</summary>
    private static bool DeployVerbBefore(string folded, ClauseWindow window)
    {
        var near = Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 2);
        if (!Phrases.ContainsAny(folded, DeployVerbs, near, window.LeftEnd))
        {
            return false;
        }

        return Phrases.CountWords(folded, window.RightStart, window.RightEnd) == 0
               || Phrases.StartsWithWords(folded, window.RightStart, "to")
               || Phrases.StartsWithWords(folded, window.RightStart, "into")
               || Phrases.StartsWithWords(folded, window.RightStart, "more");
    }
}
