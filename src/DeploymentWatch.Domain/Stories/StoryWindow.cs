namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// The recent articles a new one may join, in memory and kept in order of fingerprint time. Placing an article looks
/// only at the articles within the matcher's time window (a binary search) and the undated ones, and asks
/// <see cref="StoryMatcher"/> to decide among those: the matcher stays the only judge of what makes one story, this
/// only spares it candidates it would refuse on time. Not on topic: a near-duplicate joins its story whatever topics
/// each copy was classified under (an outlet's edit of a wire story can match other topics), so every article in the
/// window is a candidate, and placing one decides as the matcher does over every earlier article. Pure and
/// single-threaded: the caller serialises placements.
/// </summary>
public sealed class StoryWindow(StoryMatcher matcher)
{
    private readonly List<Entry> _dated = [];

    // Undated articles have no place on the time line: every article may be compared with them, and the matcher
    // weighs the missing date itself.
    private readonly List<Entry> _undated = [];
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);

    // Keywords as small integers: an article is compared with every one of its window, and counting shared keywords
    // over sorted integers costs a fraction of comparing strings. Ids are never reused, so no two words share one.
    private readonly Dictionary<string, int> _keywordIds = new(StringComparer.Ordinal);
    private long _sequence;

    public int Count => _byId.Count;

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>Adds an article already placed (its <see cref="StoryCandidate.StoryId"/> set when it joined a story); a known id is ignored.</summary>
    public void Add(StoryCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (_byId.ContainsKey(candidate.Id))
        {
            return;
        }

        var entry = new Entry(candidate, _sequence++, KeywordIds(candidate.Fingerprint, add: true));
        _byId[candidate.Id] = entry;
        if (candidate.Fingerprint.Time is { } time)
        {
            _dated.Insert(UpperBound(_dated, time), entry);
        }
        else
        {
            _undated.Add(entry);
        }
    }

    /// <summary>
    /// The story id the article joins (the story's first article's id), or null when it starts one. Candidates
    /// are given to the matcher with the order they were added in, as the store lists them (oldest first), so ties
    /// break as before.
    /// </summary>
    public string? Place(StoryFingerprint fingerprint, string ownId)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var window = matcher.Thresholds.Window;
        var picked = new List<Entry>();

        // A dated article looks only within the window; an undated one may join any story.
        var (first, to) = fingerprint.Time is { } time
            ? (LowerBound(_dated, time - window), (DateTimeOffset?)(time + window))
            : (0, null);
        for (var i = first; i < _dated.Count && (to is null || _dated[i].Candidate.Fingerprint.Time <= to); i++)
        {
            Pick(picked, _dated[i], ownId);
        }

        foreach (var entry in _undated)
        {
            Pick(picked, entry, ownId);
        }

        if (picked.Count == 0)
        {
            return null;
        }

        var candidates = new StoryCandidate[picked.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = picked[i].Candidate;
        }

        var own = KeywordIds(fingerprint, add: false);
        // Unsorted: ties go to the entry added first, as they would over the entries in the order they were added.
        return matcher.Match(fingerprint, candidates, i => SharedCount(own, picked[i].Keywords), i => picked[i].Sequence);
    }

    /// <summary>The fingerprint's keywords as sorted ids; a word the window has never seen (when not adding) is left out, as no entry shares it.</summary>
    private int[] KeywordIds(StoryFingerprint fingerprint, bool add)
    {
        var keywords = fingerprint.Keywords ?? [];
        var ids = new List<int>(keywords.Count);
        foreach (var keyword in keywords)
        {
            if (_keywordIds.TryGetValue(keyword, out var id))
            {
                ids.Add(id);
            }
            else if (add)
            {
                id = _keywordIds.Count;
                _keywordIds[keyword] = id;
                ids.Add(id);
            }
        }

        ids.Sort();
        return [.. ids];
    }

    // The same count as the matcher's merge over sorted strings (equal ids are equal words, and the reverse).
    private static int SharedCount(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>Drops the articles <paramref name="isExpired"/> selects (those fallen out of the look-back).</summary>
    public int RemoveWhere(Func<StoryCandidate, bool> isExpired)
    {
        ArgumentNullException.ThrowIfNull(isExpired);
        var expired = _byId.Values.Where(e => isExpired(e.Candidate)).ToHashSet();
        if (expired.Count == 0)
        {
            return 0;
        }

        foreach (var entry in expired)
        {
            _byId.Remove(entry.Candidate.Id);
        }

        _dated.RemoveAll(expired.Contains);
        _undated.RemoveAll(expired.Contains);
        return expired.Count;
    }

    private static void Pick(List<Entry> picked, Entry entry, string ownId)
    {
        if (!string.Equals(entry.Candidate.Id, ownId, StringComparison.Ordinal))
        {
            picked.Add(entry);
        }
    }

    private static int LowerBound(List<Entry> list, DateTimeOffset time)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (list[mid].Candidate.Fingerprint.Time < time)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static int UpperBound(List<Entry> list, DateTimeOffset time)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (list[mid].Candidate.Fingerprint.Time <= time)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private sealed class Entry(StoryCandidate candidate, long sequence, int[] keywords)
    {
        public StoryCandidate Candidate { get; } = candidate;

        public long Sequence { get; } = sequence;

        public int[] Keywords { get; } = keywords;
    }
}
