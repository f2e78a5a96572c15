using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Finds who a sentence quotes. A source alias counts only where English puts a source: before a speech verb
/// ("Seoul, Washington and Kiev say"), after "according to" or "a report by" / "intelligence from", or before a
/// source noun ("U.S. assessments"). So "Ukrainian forces" or "Moscow's forces" elsewhere in the sentence are not
/// sources. A possessor of another source ("South Korea's Joint Chiefs of Staff") gives way to it.
/// </summary>
internal sealed class SourceAttributor
{
    private const int MaxSpanTokens = 12;
    private const int SubjectTokens = 6;
    private readonly SourceAliases _aliases;

    public SourceAttributor(IReadOnlyList<SourceDefinition> sources)
    {
        _aliases = new SourceAliases(sources);
    }

    public SentenceAttribution Attribute(string folded, IReadOnlyList<NumberMention> mentions)
    {
        var tokens = new SentenceTokens(folded);
        var hits = DropPossessors(tokens, _aliases.Find(folded));
        var covered = new bool[tokens.Count];
        var isNumber = new bool[tokens.Count];
        var h = 0;
        var m = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (h < hits.Count && hits[h].End <= tokens.Start(t))
            {
                h++;
            }

            while (m < mentions.Count && mentions[m].End <= tokens.Start(t))
            {
                m++;
            }

            covered[t] = h < hits.Count && hits[h].Start <= tokens.Start(t) && tokens.End(t) <= hits[h].End;
            isNumber[t] = m < mentions.Count && mentions[m].Start <= tokens.Start(t);
        }

        var walker = new SpanWalker(tokens, covered, isNumber, MaxSpanTokens);
        var partStarts = new List<int> { 0 };
        var spans = new List<AttributionSpan>();
        var anaphoric = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens.Span(t);
            var role = AttributionCues.RoleOf(word);
            if ((role & AttributionCues.Role.Contrast) != 0 || word is ";")
            {
                partStarts.Add(tokens.Start(t));
                continue;
            }

            (int From, int To)? span = null;
            if (word is ":" && IsHeadlineSource(tokens, covered, t))
            {
                // Headline style: "NIS: about 300 killed", "Kyiv: more than 3,000 …".
                span = (0, t - 1);
            }
            else if (word is "according" && tokens.Is(t + 1, "to"))
            {
                span = walker.Forward(t + 2);
            }
            else if (word is "by" or "from" && t > 0 && AttributionCues.IsByOrFromHead(tokens.Span(t - 1)))
            {
                span = walker.Forward(t + 1);
            }
            else if ((role & AttributionCues.Role.Speech) != 0 && !tokens.Is(t - 1, "an") && !tokens.Is(t - 1, "the") && !tokens.Is(t - 1, "a"))
            {
                var subjectEnd = word is "saying" && tokens.Is(t - 1, "as") ? t - 2 : t - 1;
                span = walker.Backward(subjectEnd);
                if (span is { } back && back.From > back.To)
                {
                    span = walker.Forward(t + 1);
                }
            }
            else if ((role & AttributionCues.Role.SourceNoun) != 0)
            {
                var back = walker.Backward(t - 1);
                span = (back.From, t);
            }

            if (span is not { } s)
            {
                continue;
            }

            var from = s.From <= s.To && s.From < tokens.Count ? tokens.Start(s.From) : 0;
            var to = s.From <= s.To && s.To < tokens.Count ? tokens.End(s.To) : -1;
            var sources = hits.Where(hit => hit.Start >= from && hit.End <= to + 1).Select(hit => hit.SourceId).Distinct().ToArray();
            if (sources.Length == 0)
            {
                // "it said", "the agency added": the speaker is the one named before. "Analysts estimate" is not.
                anaphoric |= (role & AttributionCues.Role.SourceNoun) == 0 && RefersBack(tokens, s.From, s.To);
                continue;
            }

            spans.Add(new AttributionSpan(partStarts.Count - 1, Math.Min(from, tokens.Start(t)), Math.Max(to, tokens.End(t)), sources));
        }

        return new SentenceAttribution(partStarts, spans, anaphoric);
    }

    /// <summary>
    /// The sources a sentence without numbers names, for a next sentence that quotes or says "it said": those in
    /// attribution position, else those in its subject (its first words: "The Pentagon briefed reporters …").
    /// </summary>
    public IReadOnlyList<string> NamedSources(string folded)
    {
        var attribution = Attribute(folded, []);
        if (attribution.HasSources)
        {
            return attribution.All;
        }

        var tokens = new SentenceTokens(folded);
        var subjectEnd = tokens.Count > SubjectTokens ? tokens.Start(SubjectTokens) : folded.Length;
        return DropPossessors(tokens, _aliases.Find(folded))
            .Where(h => h.Start < subjectEnd)
            .Select(h => h.SourceId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A pronoun ("it", "they", "its spokesman") or a short definite phrase ("the agency", "the official").</summary>
    private static bool RefersBack(SentenceTokens tokens, int from, int to)
    {
        if (from > to || from >= tokens.Count)
        {
            return false;
        }

        var first = tokens.Span(from);
        return first is "it" or "he" or "she" or "they" or "we" or "its" or "his" or "her" or "their" or "our"
               || (first is "the" or "this" && to - from < 4);
    }

    /// <summary>Everything before the colon is source names: "NIS:", "Seoul and Kyiv:".</summary>
    private static bool IsHeadlineSource(SentenceTokens tokens, bool[] covered, int colon)
    {
        if (colon == 0)
        {
            return false;
        }

        for (var t = 0; t < colon; t++)
        {
            if (!covered[t] && !tokens.Is(t, ",") && !tokens.Is(t, "and") && !tokens.Is(t, "the"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"South Korea's spy agency": the possessor ("South Korea") is not a second source.</summary>
    private static List<SourceHit> DropPossessors(SentenceTokens tokens, List<SourceHit> hits)
    {
        var kept = new List<SourceHit>(hits.Count);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var next = tokens.IndexAtOrAfter(hit.End);
            var possessor = tokens.Is(next, "'s") && i + 1 < hits.Count
                            && hits[i + 1].SourceId != hit.SourceId
                            && tokens.IndexAtOrAfter(hits[i + 1].Start) - next <= 3;
            if (!possessor)
            {
                kept.Add(hit);
            }
        }

        return kept;
    }
}
