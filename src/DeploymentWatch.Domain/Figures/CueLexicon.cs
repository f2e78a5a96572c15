using System.Buffers;
using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Every word and phrase of the profile's figure vocabulary in one Aho-Corasick matcher, so a sentence is scanned
/// once and each question ("a casualty word after this number?") is a walk over a handful of hits.
/// </summary>
internal sealed class CueLexicon
{
    private readonly AhoCorasickTermMatcher _matcher;
    private readonly CueKind[] _kinds;
    private readonly FigureMetric[] _metrics;
    private readonly SearchValues<string> _subjectText;

    public CueLexicon(FigureVocabulary vocabulary)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var kinds = new List<CueKind>();
        var metrics = new List<FigureMetric>();
        foreach (var (phrase, kind, metric) in vocabulary.Cues())
        {
            // The matcher folds its terms; the key must too, so "North Korea's" and "north korea's" are one term.
            var key = TextFolder.Fold(phrase);
            if (!index.TryGetValue(key, out var id))
            {
                id = terms.Count;
                index[key] = id;
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

        _matcher = new AhoCorasickTermMatcher(terms);
        _kinds = [.. kinds];
        _metrics = [.. metrics];
        var subject = vocabulary.List("subject").Select(TextFolder.Fold).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _subjectText = SearchValues.Create(subject.Length > 0 ? subject : ["\0"], StringComparison.Ordinal);
    }

    /// <summary>Cheap and never wrong when false: the folded sentence cannot name the subject.</summary>
    public bool MayMentionSubject(string folded) => MayMentionSubject(folded.AsSpan());

    /// <inheritdoc cref="MayMentionSubject(string)"/>
    public bool MayMentionSubject(ReadOnlySpan<char> folded) => folded.ContainsAny(_subjectText);

    public List<CueHit> Find(string folded)
    {
        var matches = t_matches ??= [];
        _matcher.FindAll(folded, matches);
        var hits = new List<CueHit>(matches.Count);
        foreach (var m in matches)
        {
            hits.Add(new CueHit(m.Start, m.Start + m.Length, _kinds[m.TermId], _metrics[m.TermId]));
        }

        return hits;
    }

    // The matches of one call, reused by the next on the same thread: every sentence with a number is searched.
    [ThreadStatic]
    private static List<TermMatch>? t_matches;
}
