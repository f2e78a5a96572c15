using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Every word and phrase the figure reader looks for, in one Aho-Corasick matcher, so a sentence is scanned once
/// and each question ("a casualty word after this number?") is a walk over a handful of hits.
/// </summary>
internal static class CueLexicon
{
    private static readonly (string Phrase, FigureMetric Metric)[] CasualtyPhrases =
    [
        ("killed or wounded", FigureMetric.Casualties), ("killed and wounded", FigureMetric.Casualties),
        ("killed or injured", FigureMetric.Casualties), ("killed and injured", FigureMetric.Casualties),
        ("wounded or killed", FigureMetric.Casualties), ("injured or killed", FigureMetric.Casualties),
        ("dead or wounded", FigureMetric.Casualties), ("dead and wounded", FigureMetric.Casualties),
        ("dead or injured", FigureMetric.Casualties), ("casualties", FigureMetric.Casualties),
        ("casualty", FigureMetric.Casualties), ("losses", FigureMetric.Casualties),
        ("killed", FigureMetric.Killed), ("died", FigureMetric.Killed), ("dead", FigureMetric.Killed),
        ("deaths", FigureMetric.Killed), ("death toll", FigureMetric.Killed), ("lost their lives", FigureMetric.Killed),
        ("perished", FigureMetric.Killed), ("fatalities", FigureMetric.Killed), ("lost", FigureMetric.Casualties),
        ("wounded", FigureMetric.Wounded), ("injured", FigureMetric.Wounded), ("injuries", FigureMetric.Wounded),
        ("captured", FigureMetric.Captured), ("taken prisoner", FigureMetric.Captured), ("prisoner", FigureMetric.Captured),
        ("losing", FigureMetric.Casualties), ("in custody", FigureMetric.Captured),
        ("taken captive", FigureMetric.Captured), ("prisoners of war", FigureMetric.Captured),
        ("prisoners", FigureMetric.Captured), ("captives", FigureMetric.Captured), ("pows", FigureMetric.Captured),
        ("surrendered", FigureMetric.Captured), ("in captivity", FigureMetric.Captured),
    ];

    private static readonly string[] Nationalities =
    [
        "russian", "russians", "russia's", "ukrainian", "ukrainians", "ukraine's", "israeli", "israelis", "israel's",
        "palestinian", "palestinians", "sudanese", "american", "americans", "u.s.", "us", "chinese", "syrian",
        "yemeni", "south korean", "south korea's", "south koreans", "iranian", "british", "french", "german",
    ];

    private static readonly (CueKind Kind, string[] Phrases)[] Lists =
    [
        (CueKind.SoldierNoun,
        [
            "troops", "troop", "soldiers", "soldier", "servicemen", "servicemembers", "personnel", "forces", "force",
            "fighters", "men", "officers", "mercenaries", "commandos", "strong", "contingent", "conscripts", "infantry",
            "engineers", "sappers", "deminers", "builders", "military builders", "construction troops", "north koreans",
            "special forces", "marines", "paratroopers", "gunners", "artillerymen", "instructors", "service members",
            "military personnel", "reinforcements", "deployment", "deployments",
        ]),
        (CueKind.Frontline,
        [
            "frontline", "frontlines", "front line", "front lines", "the front", "combat zone", "combat zones",
            "into battle", "into combat", "combat duty", "in combat", "fighting", "on the battlefield", "in battle",
            "engaged in combat", "in the assault", "assault units", "in assaults",
        ]),
        (CueKind.AdditionalBefore,
        [
            "another", "an additional", "a further", "additional", "a fresh", "an extra", "increased by", "risen by",
            "rose by", "grown by", "grew by", "gone up by", "went up by", "climbed by", "jumped by", "up by",
            "increase of", "rise of", "reinforcements of",
        ]),
        (CueKind.AdditionalAfter, ["more", "additional", "extra", "further", "new"]),
        (CueKind.PlaceNoun,
        [
            "region", "regions", "area", "areas", "province", "provinces", "oblast", "city", "cities", "town", "towns",
            "village", "villages", "border",
        ]),
        (CueKind.ReportedPassive, ["estimated", "believed", "thought", "reported", "said", "understood", "known", "confirmed"]),
        (CueKind.LinkWord,
        [
            "at", "grows to", "grew to", "grown to", "rises to", "rose to", "risen to", "reached", "reach", "reaches",
            "totals", "totaled", "totalled", "out of", "stands at", "stood at", "increased to", "climbed to",
        ]),
        (CueKind.NotACount,
        [
            "a day", "per day", "each day", "every day", "a week", "per week", "a month", "per month", "daily",
            "missing", "went missing", "unaccounted for",
        ]),
        (CueKind.TotalNoun, ["total", "overall number", "overall", "tally", "strength"]),
        (CueKind.PlannedBefore,
        [
            "plan to", "plans to", "planning to", "planned", "to send", "will send", "would send", "could send",
            "may send", "might send", "to deploy", "will deploy", "could deploy", "preparing to", "prepare to",
            "to dispatch", "will dispatch", "could reach", "may reach", "will reach", "could rise to", "could grow to",
            "expects", "expected", "decided to send", "decision to send", "decision to dispatch", "settled on sending",
            "to be sent", "to be dispatched", "wave of", "batch of", "ready to send",
        ]),
        (CueKind.PlannedAfter,
        [
            "being prepared", "being readied", "being trained", "to be sent", "to be deployed", "will be sent",
            "will be deployed", "could be sent", "may be sent", "expected to", "to follow", "to join them",
            "could soon", "will soon", "may soon", "to be dispatched", "could be deployed", "may be deployed",
        ]),
        (CueKind.DeployVerb, ["sent", "deployed", "dispatched", "stationed", "send", "deploy", "dispatch"]),
        (CueKind.NorthKorea,
        [
            "north korea", "north korean", "north koreans", "north korea's", "pyongyang", "pyongyang's", "the north",
            "dprk", "kim jong un", "kim jong un's", "kpa", "n. korea", "n. korean", "nk",
        ]),
        (CueKind.PeopleNoun,
        [
            .. Nationalities, "civilian", "civilians", "people", "children", "women", "residents", "refugees",
            "citizens", "workers", "students", "tourists", "migrants", "protesters", "lawmakers", "voters",
        ]),
        (CueKind.OtherSide, [.. Nationalities, "russia", "ukraine", "israel", "idf", "hamas"]),
        (CueKind.LossWord,
        [
            "lost", "suffered", "losses", "casualties", "dead", "soldiers", "troops", "forces", "has", "have", "had",
            "keeps", "stations", "maintains", "recruited", "mobilized", "mobilised",
        ]),
        (CueKind.OtherWar,
        [
            "gaza", "sudan", "israel", "hamas", "yemen", "syria", "myanmar", "ethiopia", "tigray", "lebanon",
            "hezbollah", "darfur", "sahel", "west bank",
        ]),
        // Not "war": "a parade of 10,000 soldiers marking the Korean War" is no deployment.
        (CueKind.DeploymentContext,
        [
            "russia", "russia's", "russian", "kursk", "ukraine", "ukrainian", "sent", "send", "sending", "deployed",
            "deploy", "deploying", "deployment", "dispatched", "dispatch", "stationed", "front", "frontline",
            "frontlines", "moscow", "fighting", "fight", "combat", "battle",
        ]),
        (CueKind.Preposition, ["with", "against", "by", "from", "to", "on", "in", "into", "at", "of", "for"]),
        (CueKind.Estimate, ["estimating", "estimated"]),
        (CueKind.CountNoun, ["count", "tally", "estimate", "figure", "toll", "number", "total"]),
    ];

    private static readonly (AhoCorasickTermMatcher Matcher, CueKind[] Kinds, FigureMetric[] Metrics) Compiled = Compile();

    public static List<CueHit> Find(string folded)
    {
        var (matcher, kinds, metrics) = Compiled;
        var matches = matcher.FindAll(folded);
        var hits = new List<CueHit>(matches.Count);
        foreach (var m in matches)
        {
            hits.Add(new CueHit(m.Start, m.Start + m.Length, kinds[m.TermId], metrics[m.TermId]));
        }

        return hits;
    }

    private static (AhoCorasickTermMatcher, CueKind[], FigureMetric[]) Compile()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var kinds = new List<CueKind>();
        var metrics = new List<FigureMetric>();

        void Add(string phrase, CueKind kind, FigureMetric metric)
        {
            if (!index.TryGetValue(phrase, out var id))
            {
                id = terms.Count;
                index[phrase] = id;
                terms.Add(phrase);
                kinds.Add(CueKind.None);
                metrics.Add(default);
            }

            kinds[id] |= kind;
            if (kind == CueKind.Casualty)
            {
                metrics[id] = metric;
            }
        }

        foreach (var (phrase, metric) in CasualtyPhrases)
        {
            Add(phrase, CueKind.Casualty, metric);
        }

        foreach (var (kind, phrases) in Lists)
        {
            foreach (var phrase in phrases)
            {
                Add(phrase, kind, default);
            }
        }

        return (new AhoCorasickTermMatcher(terms), [.. kinds], [.. metrics]);
    }
}
