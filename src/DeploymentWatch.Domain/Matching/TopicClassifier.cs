using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// Scores an article against every topic with one pass of one multi-pattern matcher over the folded text, then
/// sentence by sentence: a trigger counts only with its entity (and context) close by, so an article about
/// Ukrainian losses that names North Korea once does not fire "casualties". The first sentence is taken as the
/// headline: it and the lead after it weigh double, and an article none of whose matching topics is supported there
/// is about something else (a background line "as Pyongyang has sent troops to Russia" raises nothing).
/// </summary>
public sealed class TopicClassifier
{
    private readonly ProfileSet _profiles;
    private readonly TermIndex _index;
    private readonly ITermMatcher _matcher;
    private readonly ITermMatcher _entities;

    /// <param name="matcherFactory">Builds the matcher from the folded term list; the fast one by default.</param>
    public TopicClassifier(ProfileSet profiles, Func<IReadOnlyList<string>, ITermMatcher>? matcherFactory = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = profiles;
        _index = TermIndex.Build(profiles);
        _matcher = (matcherFactory ?? DefaultMatcher)(_index.Terms);
        _entities = (matcherFactory ?? DefaultMatcher)(
            _index.Terms.Where((_, id) => _index.Uses[id].Any(u => u.Role == TermRole.Entity)).ToArray());
    }

    /// <summary>How many distinct folded patterns the profiles compile to.</summary>
    public int TermCount => _index.Terms.Count;

    public IReadOnlyList<TopicScore> Classify(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var scratch = t_scratch ??= new Scratch();
        CollectHits(text, sentences, scratch);
        CollectSideClauses(text, scratch.SideClauses);
        scratch.Owners.Clear();
        var parts = new (double Score, List<int>? Supporting, List<int>? Lead)[_profiles.Topics.Count];

        // A live page ("Russia-Ukraine war live: day 1,731") is a run of entries, each its own news: none is background.
        var anchored = sentences.Count > 0 && IsLivePage(sentences[0].Text);
        for (var t = 0; t < parts.Length; t++)
        {
            parts[t] = Support(text, _profiles.Topics[t], t, scratch, sentences.Count);
            anchored |= parts[t].Score >= _profiles.Topics[t].Threshold && parts[t].Score > 0 && parts[t].Lead is not null;
        }

        var scores = new TopicScore[parts.Length];
        for (var t = 0; t < scores.Length; t++)
        {
            var topic = _profiles.Topics[t];
            var (score, supporting, lead) = parts[t];
            var evidence = supporting is null ? [] : Evidence(text, topic, t, scratch, supporting);
            scores[t] = new TopicScore(topic.Id, score, topic.Threshold, (IReadOnlyList<int>?)supporting ?? [], evidence)
            {
                LeadSentences = (IReadOnlyList<int>?)lead ?? [],
                Anchored = anchored,
            };
        }

        return scores;
    }

    // How news sites mark a live page in its headline.
    private static readonly string[] LiveMarkers = [" live:", " live updates", " live blog", "live updates:", "as it happened"];

    private static bool IsLivePage(string headline)
    {
        foreach (var marker in LiveMarkers)
        {
            if (headline.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> names an entity of some topic. A sentence supports a topic only with one of its
    /// entities in reach, so text that names none scores zero on every topic, and most news in a general feed names
    /// none: the screen spares it the sentence split and the full scan. It finds what <see cref="Classify"/> would in
    /// the same text (same terms, same folding and word boundaries), stopping at the first.
    /// </summary>
    public bool NamesAnEntity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _entities is AhoCorasickTermMatcher fast
            ? fast.AnyUnfolded(text)
            : _entities.FindAll(TextFolder.Fold(text)).Count > 0;
    }

    internal static ITermMatcher DefaultMatcher(IReadOnlyList<string> terms) => new AhoCorasickTermMatcher(terms);

    /// <summary>Every use of every term found, in match order, with the sentence it is in; no strings cut yet.</summary>
    private void CollectHits(string text, IReadOnlyList<Sentence> sentences, Scratch scratch)
    {
        var matches = scratch.Matches;
        if (_matcher is AhoCorasickTermMatcher fast)
        {
            fast.FindAllUnfolded(text, matches);
        }
        else
        {
            matches.Clear();
            matches.AddRange(_matcher.FindAll(TextFolder.Fold(text)));
        }

        var hits = scratch.Hits;
        hits.Clear();
        scratch.Ignored.Clear();
        var sentence = 0;
        foreach (var match in matches)
        {
            while (sentence < sentences.Count - 1 && match.Start >= sentences[sentence].End)
            {
                sentence++;
            }

            if (sentences.Count == 0 || match.Start < sentences[sentence].Start)
            {
                continue;
            }

            foreach (var use in _index.Uses[match.TermId])
            {
                hits.Add(new RawHit(use.TopicIndex, use.Role, use.Label, sentence, match.Start, match.Length));
                if (use.Role == TermRole.Ignore)
                {
                    scratch.Ignored.Add(hits[^1]);
                }
            }
        }
    }

    /// <summary>A topic's score and its supporting and lead sentences (null when none).</summary>
    private static (double Score, List<int>? Supporting, List<int>? Lead) Support(string text, TopicProfile topic, int t, Scratch scratch, int sentenceCount)
    {
        var hits = scratch.Hits;
        var cells = sentenceCount * RoleCount;
        if (scratch.Roles.Length < cells)
        {
            scratch.Roles = new bool[Math.Max(cells, scratch.Roles.Length * 2)];
        }

        var roles = scratch.Roles.AsSpan(0, cells);
        roles.Clear();
        var any = false;
        RawHit? actor = null;
        foreach (var hit in hits)
        {
            if (hit.Topic != t)
            {
                continue;
            }

            if (hit.Role is TermRole.Entity or TermRole.Other)
            {
                actor = hit;
            }

            if (hit.Role != TermRole.Trigger || (!Inside(hit, scratch.Ignored, t) && !InSideClause(hit, scratch.SideClauses)))
            {
                if (hit.Role == TermRole.Trigger && OwnedByOther(text, actor, hit))
                {
                    scratch.Owners.Add((t, hit.Start));
                    continue;
                }

                roles[(hit.Sentence * RoleCount) + (int)hit.Role] = true;
                any = true;
            }
        }

        if (!any)
        {
            return (0, null, null);
        }

        List<int>? supporting = null;
        List<int>? lead = null;
        for (var s = 0; s < sentenceCount; s++)
        {
            if (!roles[(s * RoleCount) + (int)TermRole.Trigger] || roles[(s * RoleCount) + (int)TermRole.Exclusion])
            {
                continue;
            }

            // The headline sets the scene for the whole article: "North Korea to send 6,000 more troops to Russia" puts a
            // later paragraph's casualties in Russia's war.
            var from = Math.Max(0, s - topic.Window);
            if (Any(roles, TermRole.Entity, from, s)
                && (topic.Context.Count == 0 || Any(roles, TermRole.Context, from, s) || Any(roles, TermRole.Context, 0, 0)))
            {
                (supporting ??= []).Add(s);
                if (s <= topic.Lead)
                {
                    (lead ??= []).Add(s);
                }
            }
        }

        return ((supporting?.Count ?? 0) + (lead?.Count ?? 0), supporting, lead);
    }

    /// <summary>The hits that make up the supporting sentences, as the article spells them.</summary>
    private static TermHit[] Evidence(string text, TopicProfile topic, int t, Scratch scratch, List<int> supporting)
    {
        var count = 0;
        foreach (var h in scratch.Hits)
        {
            count += IsEvidence(h, topic, t, scratch, supporting) ? 1 : 0;
        }

        var evidence = new TermHit[count];
        var next = 0;
        foreach (var h in scratch.Hits)
        {
            if (IsEvidence(h, topic, t, scratch, supporting))
            {
                evidence[next++] = new TermHit(h.Label, scratch.Spelling(text, h.Start, h.Length), h.Role, h.Sentence, h.Start, h.Length);
            }
        }

        return evidence;
    }

    private static bool IsEvidence(RawHit h, TopicProfile topic, int t, Scratch scratch, List<int> supporting) =>
        h.Topic == t
        && h.Role is not (TermRole.Exclusion or TermRole.Ignore or TermRole.Other)
        && !(h.Role == TermRole.Trigger && (Inside(h, scratch.Ignored, t) || InSideClause(h, scratch.SideClauses) || scratch.Owners.Contains((t, h.Start))))
        && SupportsNear(supporting, h.Sentence, topic.Window);

    private const int RoleCount = (int)TermRole.Other + 1;

    // How far before a trigger another actor still owns it: "South Korea launched its third spy satellite" (19
    // characters between), not "The US, which has long warned about the programme, says an ICBM launch is near".
    // The bound also keeps the look between them constant per trigger.
    private const int OwnerReach = 40;

    // Words of saying, judging or seeing between another actor and a trigger make the actor a witness, not the owner:
    // "Japan said the ICBM flew 1,000 km", "Seoul's military detected a spy satellite launch", "what Tokyo called an ICBM".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WitnessWords = new HashSet<string>(
    [
        "said", "says", "say", "told", "tells", "according", "reported", "reports", "announced", "confirmed", "claimed",
        "believes", "believe", "believed", "estimate", "estimated", "estimates", "assessed", "warned", "warns", "detected",
        "spotted", "tracked", "observed", "monitored", "condemned", "condemns", "denounced", "accused", "expects",
        "expected", "feared", "fears", "suspects", "suspected", "thinks", "think", "sees", "saw", "shows", "showed", "called", "calls", "described", "describes", "identified",
        "dubbed", "termed",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs whose object is told something: "North Korea has told Japan's coast guard it will launch a satellite".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TellingVerbs = new HashSet<string>(
        ["told", "tells", "notified", "notifies", "informed", "informs", "warned", "warns", "assured", "assures"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word right before the actor is a verb of telling: the actor is the one told, not the one acting.</summary>
    private static bool IsToldTo(string text, int actor)
    {
        var end = actor;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && TellingVerbs.Contains(text.AsSpan(start, end - start));
    }

    /// <summary>
    /// The trigger belongs to another actor: the nearest actor before it, in its sentence and within
    /// <see cref="OwnerReach"/>, is one of the topic's <see cref="TopicProfile.Others"/> and no witness word stands
    /// between ("China launches spy satellite", "Russia test-fired an ICBM"; not "North Korea launched a spy
    /// satellite, Japan said", nor "Japan said North Korea's ICBM flew").
    /// </summary>
    private static bool OwnedByOther(string text, RawHit? actor, RawHit trigger)
    {
        if (actor is not { Role: TermRole.Other } other || other.Sentence != trigger.Sentence)
        {
            return false;
        }

        var from = other.Start + other.Length;
        if (from > trigger.Start || trigger.Start - from > OwnerReach || IsToldTo(text, other.Start))
        {
            return false;
        }

        // Each run of letters between them is a word; one that is a witness word makes the actor a witness.
        var between = text.AsSpan(from, trigger.Start - from);
        for (var i = 0; i < between.Length;)
        {
            if (!char.IsLetter(between[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < between.Length && char.IsLetter(between[end]))
            {
                end++;
            }

            if (WitnessWords.Contains(between[i..end]))
            {
                return false;
            }

            i = end;
        }

        return true;
    }

    private static bool SupportsNear(List<int> supporting, int sentence, int window)
    {
        foreach (var s in supporting)
        {
            if (sentence <= s && sentence >= s - window)
            {
                return true;
            }
        }

        return false;
    }

    // ", which has sent troops to Russia,": a relative clause after a comma describes what it follows.
    private static readonly string[] SideClauseOpeners = [", which ", ", who "];

    /// <summary>
    /// The relative clauses of the text, from their comma to the next comma or full stop: "North Korea, which has sent
    /// troops to fight for Russia, staged rallies" recalls the deployment as background, and a trigger there supports
    /// no topic. The sentence's own clause ("North Korean troops, who arrived in autumn, were killed") still does.
    /// </summary>
    private static void CollectSideClauses(string text, List<(int Start, int End)> clauses)
    {
        clauses.Clear();
        foreach (var opener in SideClauseOpeners)
        {
            for (var at = text.IndexOf(opener, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(opener, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = text.AsSpan(at + opener.Length).IndexOfAny(',', '.', '\n');
                clauses.Add((at, end < 0 ? text.Length : at + opener.Length + end));
            }
        }

        // Each clause ends before the next comma, so they do not overlap: sorted by start, a hit finds its one
        // candidate by binary search (a hit per lookup, however many clauses).
        clauses.Sort();
    }

    private static bool InSideClause(RawHit hit, List<(int Start, int End)> clauses)
    {
        int lo = 0, hi = clauses.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (clauses[mid].Start < hit.Start)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && hit.Start + hit.Length <= clauses[found].End;
    }

    /// <summary>The hit lies inside one of the topic's ignored phrases ("kill chain").</summary>
    private static bool Inside(RawHit hit, List<RawHit> ignored, int t)
    {
        foreach (var phrase in ignored)
        {
            if (phrase.Topic == t
                && hit.Start >= phrase.Start && hit.Start + hit.Length <= phrase.Start + phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(Span<bool> roles, TermRole role, int from, int to)
    {
        for (var s = from; s <= to; s++)
        {
            if (roles[(s * RoleCount) + (int)role])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A term use found in the text, before it is known whether it counts as evidence.</summary>
    private readonly record struct RawHit(int Topic, TermRole Role, string Label, int Sentence, int Start, int Length);

    /// <summary>Buffers one thread reuses from article to article: classifying allocates only what it returns.</summary>
    private sealed class Scratch
    {
        public List<TermMatch> Matches { get; } = [];

        public List<RawHit> Hits { get; } = [];

        /// <summary>The hits of ignored phrases, which a trigger inside them does not count.</summary>
        public List<RawHit> Ignored { get; } = [];

        public bool[] Roles { get; set; } = [];

        /// <summary>The triggers another actor owns: (topic, start in the text).</summary>
        public HashSet<(int Topic, int Start)> Owners { get; } = [];

        /// <summary>The article's relative clauses (start, end) in the text.</summary>
        public List<(int Start, int End)> SideClauses { get; } = [];

        /// <summary>
        /// The article's spelling of a hit, shared with earlier articles on this thread that spelt it alike: the same
        /// few terms ("troops", "North Korean") are found in article after article. Bounded, so that text made of
        /// ever-new spellings cannot grow it; past the bound a hit gets its own string.
        /// </summary>
        public string Spelling(string text, int start, int length)
        {
            var span = text.AsSpan(start, length);
            if (_spellingLookup.TryGetValue(span, out var known))
            {
                return known;
            }

            var spelling = span.ToString();
            if (_spellings.Count < MaxSpellings)
            {
                _spellings.Add(spelling);
            }

            return spelling;
        }

        private const int MaxSpellings = 4096;

        private readonly HashSet<string> _spellings;

        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spellingLookup;

        public Scratch()
        {
            _spellings = new HashSet<string>(StringComparer.Ordinal);
            _spellingLookup = _spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    [ThreadStatic]
    private static Scratch? t_scratch;
}
