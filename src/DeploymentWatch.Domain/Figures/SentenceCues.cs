namespace DeploymentWatch.Domain.Figures;

/// <summary>The cues of one folded sentence (ordered by start, longest first) and questions over a span of it.</summary>
internal sealed class SentenceCues
{
    private readonly List<CueHit> _hits;

    public SentenceCues(string folded, CueLexicon lexicon)
    {
        Text = folded;
        _hits = lexicon.Find(folded);
    }

    public string Text { get; }

    /// <summary>Some cue of this kind lies wholly within [from, to).</summary>
    public bool Any(CueKind kind, int from, int to)
    {
        foreach (var hit in _hits)
        {
            if (hit.Start >= to)
            {
                break;
            }

            if ((hit.Kinds & kind) != 0 && hit.Start >= from && hit.End <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first cue of this kind within [from, to), longest first at equal starts.</summary>
    public CueHit? First(CueKind kind, int from, int to)
    {
        foreach (var hit in _hits)
        {
            if (hit.Start >= to)
            {
                break;
            }

            if ((hit.Kinds & kind) != 0 && hit.Start >= from && hit.End <= to)
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>The cue of this kind within [from, to) that ends last (the longest of those).</summary>
    public CueHit? Last(CueKind kind, int from, int to)
    {
        CueHit? best = null;
        foreach (var hit in _hits)
        {
            if (hit.Start >= to)
            {
                break;
            }

            if ((hit.Kinds & kind) != 0 && hit.Start >= from && hit.End <= to
                && (best is not { } b || hit.End > b.End || (hit.End == b.End && hit.Start < b.Start)))
            {
                best = hit;
            }
        }

        return best;
    }

    /// <summary>Every cue of this kind within [from, to); a struct to walk with foreach, which allocates nothing.</summary>
    public Matches All(CueKind kind, int from, int to) => new(_hits, kind, from, to);

    /// <summary>The cues of one kind within a span, for foreach.</summary>
    public readonly struct Matches(List<CueHit> hits, CueKind kind, int from, int to)
    {
        public Enumerator GetEnumerator() => new(hits, kind, from, to);
    }

    /// <summary>Walks the hits in order and stops at the first that starts at or after the span's end.</summary>
    public struct Enumerator(List<CueHit> hits, CueKind kind, int from, int to)
    {
        private int _next;

        public CueHit Current { get; private set; }

        public bool MoveNext()
        {
            while (_next < hits.Count)
            {
                var hit = hits[_next++];
                if (hit.Start >= to)
                {
                    _next = hits.Count;
                    return false;
                }

                if ((hit.Kinds & kind) != 0 && hit.Start >= from && hit.End <= to)
                {
                    Current = hit;
                    return true;
                }
            }

            return false;
        }
    }
}
