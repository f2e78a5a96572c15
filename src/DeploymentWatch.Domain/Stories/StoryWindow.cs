namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// The recent articles a new one may join, in memory and indexed by topic, each topic's list kept in order of
/// fingerprint time. Placing an article looks only at the articles that share a topic with it and lie within the
/// matcher's time window (a binary search per topic), and asks <see cref="StoryMatcher"/> to decide among those:
/// the matcher stays the only judge of what makes one story, this only spares it candidates it would refuse on
/// topic or time. Pure and single-threaded: the caller serialises placements.
/// </summary>
public sealed class StoryWindow(StoryMatcher matcher)
{
    private readonly Dictionary<string, List<Entry>> _byTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
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
        foreach (var topic in candidate.Fingerprint.Topics)
        {
            if (!_byTopic.TryGetValue(topic, out var list))
            {
                list = [];
                _byTopic[topic] = list;
            }

            list.Insert(UpperBound(list, candidate.Fingerprint.Time), entry);
        }
    }

    /// <summary>
    /// The story id the article joins (the story's first article's id), or null when it starts one. Candidates
    /// are given to the matcher in the order they were added, as the store lists them (oldest first), so ties
    /// break as before.
    /// </summary>
    public string? Place(StoryFingerprint fingerprint, string ownId)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var window = matcher.Thresholds.Window;
        var from = fingerprint.Time - window;
        var to = fingerprint.Time + window;
        var picked = new Dictionary<long, StoryCandidate>();
        foreach (var topic in fingerprint.Topics)
        {
            if (!_byTopic.TryGetValue(topic, out var list))
            {
                continue;
            }

            for (var i = LowerBound(list, from); i < list.Count && list[i].Candidate.Fingerprint.Time <= to; i++)
            {
                var entry = list[i];
                if (!string.Equals(entry.Candidate.Id, ownId, StringComparison.Ordinal))
                {
                    picked.TryAdd(entry.Sequence, entry.Candidate);
                }
            }
        }

        if (picked.Count == 0)
        {
            return null;
        }

        var candidates = picked.OrderBy(p => p.Key).Select(p => p.Value).ToArray();
        return matcher.Match(fingerprint, candidates);
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

        foreach (var list in _byTopic.Values)
        {
            list.RemoveAll(expired.Contains);
        }

        return expired.Count;
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

    private sealed record Entry(StoryCandidate Candidate, long Sequence);
}
