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

    public bool HasSources => _spans.Exists(static s => s.Sources.Length > 0);

    /// <summary>
    /// The parts whose speaker names no source ("some analysts say"): their numbers are that speaker's, not a source's
    /// named in another part.
    /// </summary>
    public IReadOnlyList<int>? UnnamedSpeakerParts { get; init; }

    public IReadOnlyList<string> All => Distinct(_spans, static (_, _) => true, 0);

    /// <summary>
    /// The sources named in the number's own clause [<paramref name="clauseStart"/>, <paramref name="clauseEnd"/>),
    /// else in its part of the sentence, else anywhere in the sentence — but not from a coordinate clause after it
    /// that names its own number ("sent 14,000, and Western sources suggest 6,000 were killed").
    /// </summary>
    public IReadOnlyList<string> At(int position, int clauseStart, int clauseEnd)
    {
        var inClause = Distinct(
            _spans, static (s, at) => s.Start < at.End && s.End > at.Start && s.Reaches(at.Position), (Start: clauseStart, End: clauseEnd, Position: position));
        if (inClause.Count > 0)
        {
            return inClause;
        }

        var part = PartOf(position);
        var own = Distinct(_spans, static (s, at) => s.Part == at.Part && s.Reaches(at.Position), (Part: part, Position: position));
        return own.Count > 0 || SpokenByUnnamed(part) ? own : Distinct(_spans, static (s, at) => s.Reaches(at), position);
    }

    private bool SpokenByUnnamed(int part) => UnnamedSpeakerParts?.Contains(part) ?? false;

    /// <summary>The rule of the span <see cref="At"/> takes its sources from (the first one, when several).</summary>
    public AttributionRule RuleAt(int position, int clauseStart, int clauseEnd)
    {
        foreach (var s in _spans)
        {
            if (s.Start < clauseEnd && s.End > clauseStart && s.Sources.Length > 0 && s.Reaches(position))
            {
                return s.Rule;
            }
        }

        var part = PartOf(position);
        foreach (var s in _spans)
        {
            if (s.Part == part && s.Sources.Length > 0 && s.Reaches(position))
            {
                return s.Rule;
            }
        }

        if (SpokenByUnnamed(part))
        {
            return AttributionRule.Unattributed;
        }

        foreach (var s in _spans)
        {
            if (s.Sources.Length > 0 && s.Reaches(position))
            {
                return s.Rule;
            }
        }

        return AttributionRule.Unattributed;
    }

    private int PartOf(int position)
    {
        var part = 0;
        while (part + 1 < _partStarts.Count && _partStarts[part + 1] <= position)
        {
            part++;
        }

        return part;
    }

    /// <summary>
    /// The sources of the spans that pass <paramref name="include"/>, each once, in order of first mention. Loops,
    /// not LINQ: it runs for every candidate figure.
    /// </summary>
    private static List<string> Distinct<TState>(List<AttributionSpan> spans, Func<AttributionSpan, TState, bool> include, TState state)
    {
        var ids = new List<string>();
        foreach (var span in spans)
        {
            if (!include(span, state))
            {
                continue;
            }

            foreach (var id in span.Sources)
            {
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }
}
