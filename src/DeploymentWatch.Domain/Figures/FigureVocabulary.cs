namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// The words the figure reader looks for — whose soldiers, what a number counts, which counts are someone else's —
/// as the profile's <c>figures:</c> section gives them, so another subject is watched by editing YAML. Each list
/// has a fixed role (<see cref="ListNames"/>); the loader checks that every one is there and none is unknown.
/// </summary>
public sealed class FigureVocabulary
{
    /// <summary>The largest value a figure may have when the profile does not say (larger numbers are ids or money).</summary>
    public const long DefaultMaxCount = 1_000_000;

    // Which cue kind (or casualty metric) each named list feeds.
    private static readonly (string Name, CueKind Kind, FigureMetric Metric)[] Roles =
    [
        ("killed", CueKind.Casualty, FigureMetric.Killed),
        ("wounded", CueKind.Casualty, FigureMetric.Wounded),
        ("casualties", CueKind.Casualty, FigureMetric.Casualties),
        ("captured", CueKind.Casualty, FigureMetric.Captured),
        ("subject", CueKind.NorthKorea, default),
        ("personnel", CueKind.SoldierNoun, default),
        ("front", CueKind.Frontline, default),
        ("places", CueKind.PlaceNoun, default),
        ("planned-before", CueKind.PlannedBefore, default),
        ("planned-after", CueKind.PlannedAfter, default),
        ("reported-passive", CueKind.ReportedPassive, default),
        ("additional-before", CueKind.AdditionalBefore, default),
        ("additional-after", CueKind.AdditionalAfter, default),
        ("increase-verbs", CueKind.IncreaseVerb, default),
        ("links", CueKind.LinkWord, default),
        ("totals", CueKind.TotalNoun, default),
        ("not-counts", CueKind.NotACount, default),
        ("not-counts-before", CueKind.NotACountBefore, default),
        ("deploy-verbs", CueKind.DeployVerb, default),
        ("other-people", CueKind.PeopleNoun, default),
        ("other-sides", CueKind.OtherSide, default),
        ("ownership-words", CueKind.LossWord, default),
        ("other-wars", CueKind.OtherWar, default),
        ("deployment-context", CueKind.DeploymentContext, default),
        ("prepositions", CueKind.Preposition, default),
        ("estimate-words", CueKind.Estimate, default),
        ("count-nouns", CueKind.CountNoun, default),
    ];

    private readonly Dictionary<string, IReadOnlyList<string>> _lists;

    private FigureVocabulary(Dictionary<string, IReadOnlyList<string>> lists, long maxCount)
    {
        _lists = lists;
        MaxCount = maxCount;
    }

    /// <summary>No words: finds no figures (a profile without a <c>figures:</c> section).</summary>
    public static FigureVocabulary Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal), DefaultMaxCount);

    /// <summary>Every list a vocabulary must have, in the order the profile reference documents them.</summary>
    public static IReadOnlyList<string> ListNames { get; } = Roles.Select(r => r.Name).ToArray();

    public long MaxCount { get; }

    public bool IsEmpty => _lists.Count == 0;

    /// <summary>Builds a vocabulary; throws <see cref="ArgumentException"/> naming a missing, unknown or empty list.</summary>
    public static FigureVocabulary Create(IReadOnlyDictionary<string, IReadOnlyList<string>> lists, long maxCount = DefaultMaxCount)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (maxCount < 1)
        {
            throw new ArgumentException($"max-count must be at least 1, not {maxCount}.", nameof(maxCount));
        }

        foreach (var name in lists.Keys)
        {
            if (!ListNames.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"unknown figure word list '{name}' (known: {string.Join(", ", ListNames)}).", nameof(lists));
            }
        }

        foreach (var name in ListNames)
        {
            if (!lists.TryGetValue(name, out var words) || words.Count == 0 || words.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException($"figure word list '{name}' is required and must list at least one non-empty entry.", nameof(lists));
            }
        }

        return new FigureVocabulary(new Dictionary<string, IReadOnlyList<string>>(lists, StringComparer.Ordinal), maxCount);
    }

    public IReadOnlyList<string> List(string name) => _lists.GetValueOrDefault(name) ?? [];

    internal IEnumerable<(string Phrase, CueKind Kind, FigureMetric Metric)> Cues()
    {
        foreach (var (name, kind, metric) in Roles)
        {
            foreach (var phrase in List(name))
            {
                yield return (phrase, kind, metric);
            }
        }
    }
}
