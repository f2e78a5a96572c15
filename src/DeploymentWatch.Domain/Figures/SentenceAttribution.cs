namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// The sources a sentence names, part by part ("Kyiv says …, while the NIS said …" has two parts) and clause by
/// clause ("The Pentagon estimates about 1,200, lower than Kyiv's count of 3,000" gives each number its own).
/// </summary>
internal sealed class SentenceAttribution
{
    private readonly List<int> _partStarts;
    private readonly List<AttributionSpan> _spans;

    public SentenceAttribution(List<int> partStarts, List<AttributionSpan> spans, bool hasAnaphoricCue)
    {
        _partStarts = partStarts;
        _spans = spans;
        HasAnaphoricCue = hasAnaphoricCue;
    }

    /// <summary>A cue whose speaker refers back to one named before ("it said", "the official added").</summary>
    public bool HasAnaphoricCue { get; }

    public bool HasSources => _spans.Any(s => s.Sources.Length > 0);

    public IReadOnlyList<string> All => Distinct(_spans.SelectMany(s => s.Sources));

    /// <summary>
    /// The sources named in the number's own clause [<paramref name="clauseStart"/>, <paramref name="clauseEnd"/>),
    /// else in its part of the sentence, else anywhere in the sentence — but not from a coordinate clause after it
    /// that names its own number ("sent 14,000, and Western sources suggest 6,000 were killed").
    /// </summary>
    public IReadOnlyList<string> At(int position, int clauseStart, int clauseEnd)
    {
        var inClause = Distinct(_spans.Where(s => s.Start < clauseEnd && s.End > clauseStart).SelectMany(s => s.Sources));
        if (inClause.Count > 0)
        {
            return inClause;
        }

        var part = 0;
        while (part + 1 < _partStarts.Count && _partStarts[part + 1] <= position)
        {
            part++;
        }

        var own = Distinct(_spans.Where(s => s.Part == part && s.Reaches(position)).SelectMany(s => s.Sources));
        return own.Count > 0 ? own : Distinct(_spans.Where(s => s.Reaches(position)).SelectMany(s => s.Sources));
    }

    /// <summary>The rule of the span <see cref="At"/> takes its sources from (the first one, when several).</summary>
    public AttributionRule RuleAt(int position, int clauseStart, int clauseEnd)
    {
        var inClause = _spans.FirstOrDefault(s => s.Start < clauseEnd && s.End > clauseStart && s.Sources.Length > 0);
        if (inClause is not null)
        {
            return inClause.Rule;
        }

        var part = 0;
        while (part + 1 < _partStarts.Count && _partStarts[part + 1] <= position)
        {
            part++;
        }

        return (_spans.FirstOrDefault(s => s.Part == part && s.Sources.Length > 0 && s.Reaches(position))
                ?? _spans.FirstOrDefault(s => s.Sources.Length > 0 && s.Reaches(position)))?.Rule
               ?? AttributionRule.Unattributed;
    }

    private static List<string> Distinct(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).ToList();
}
