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

    // One placement's candidates and the order they were added in, reused: the caller serialises placements, and a
    // flood places thousands.
    private readonly List<StoryCandidate> _picked = [];
    private readonly List<long> _pickedSequence = [];
    private Func<int, long>? _orderAdded;
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

        var entry = new Entry(candidate, _sequence++);
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
        _picked.Clear();
        _pickedSequence.Clear();

        // A dated article looks only within the window; an undated one may join any story.
        var (first, to) = fingerprint.Time is { } time
            ? (LowerBound(_dated, time - window), (DateTimeOffset?)(time + window))
            : (0, null);
        for (var i = first; i < _dated.Count && (to is null || _dated[i].Candidate.Fingerprint.Time <= to); i++)
        {
            Pick(_dated[i], ownId);
        }

        foreach (var entry in _undated)
        {
            Pick(entry, ownId);
        }

        // In time order, not the order they were added: ties go to the entry added first, as they would over the
        // entries in the order they were added.
        return _picked.Count == 0 ? null : matcher.Match(fingerprint, _picked, _orderAdded ??= i => _pickedSequence[i]);
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

    private void Pick(Entry entry, string ownId)
    {
        if (!string.Equals(entry.Candidate.Id, ownId, StringComparison.Ordinal))
        {
            _picked.Add(entry.Candidate);
            _pickedSequence.Add(entry.Sequence);
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

    private sealed class Entry(StoryCandidate candidate, long sequence)
    {
        public StoryCandidate Candidate { get; } = candidate;

        public long Sequence { get; } = sequence;
    }
}
