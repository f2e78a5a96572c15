using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Application.Stories;

/// <summary>
/// The planner's memory of the look-back: recent alerts (indexed for story matching by <see cref="StoryWindow"/>),
/// each story's members in order, and the latest figure per (source, metric). Loaded in full once, then kept up to
/// date with what this process plans and what other instances stored since (read under the planning lock).
/// Not thread-safe: the planner uses it under its lock only.
/// </summary>
internal sealed class RecentStories(StoryMatcher matcher)
{
    private readonly Dictionary<string, Alert> _alerts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Alert>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, FigureMetric Metric), FigureReading> _latest = [];
    private StoryWindow _window = new(matcher);

    /// <summary>When the alerts were last read from the store; null until the first load (or after a failed batch).</summary>
    public DateTimeOffset? LoadedAt { get; private set; }

    public StoryWindow Window => _window;

    public IReadOnlyList<FigureReading> LatestFigures => [.. _latest.Values];

    public void Reset()
    {
        _alerts.Clear();
        _members.Clear();
        _latest.Clear();
        _window = new StoryWindow(matcher);
        LoadedAt = null;
    }

    public void LoadFigures(IEnumerable<FigureReport> latest)
    {
        foreach (var report in latest)
        {
            AddReading(new FigureReading(report.Source, report.Metric, report.Low, report.High, report.Qualifier, report.ReportedAt));
        }
    }

    /// <summary>Adds alerts read from the store (oldest first); ones already known are skipped.</summary>
    public void Load(IEnumerable<Alert> alerts, DateTimeOffset loadedAt, bool withFigures)
    {
        foreach (var alert in alerts)
        {
            if (!_alerts.ContainsKey(alert.Id))
            {
                Add(alert, withFigures);
            }
        }

        LoadedAt = loadedAt;
    }

    public bool Knows(string alertId) => _alerts.ContainsKey(alertId);

    public Alert? Get(string alertId) => _alerts.GetValueOrDefault(alertId);

    /// <summary>The story's later members, oldest first.</summary>
    public IReadOnlyList<Alert> Members(string storyId) => _members.TryGetValue(storyId, out var list) ? list : [];

    public void Add(Alert alert, bool withFigures)
    {
        _alerts[alert.Id] = alert;
        if (alert.Fingerprint is { } fingerprint)
        {
            _window.Add(new StoryCandidate(alert.Id, fingerprint, alert.StoryId));
        }

        if (alert.StoryId is { } story)
        {
            if (!_members.TryGetValue(story, out var list))
            {
                list = [];
                _members[story] = list;
            }

            list.Add(alert);
        }

        if (withFigures)
        {
            foreach (var reading in FigureReading.From(alert.Figures, alert.Published ?? alert.CreatedAt))
            {
                AddReading(reading);
            }
        }
    }

    /// <summary>Forgets alerts created before <paramref name="before"/>; the figures stay (they are history, not window).</summary>
    public void Evict(DateTimeOffset before)
    {
        var expired = _alerts.Values.Where(a => a.CreatedAt < before).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (expired.Count == 0)
        {
            return;
        }

        foreach (var id in expired)
        {
            _alerts.Remove(id);
        }

        // A story outlives its first alert while later members are still in the look-back (as the store query did).
        foreach (var (story, list) in _members.ToArray())
        {
            list.RemoveAll(a => expired.Contains(a.Id));
            if (list.Count == 0)
            {
                _members.Remove(story);
            }
        }

        _window.RemoveWhere(c => expired.Contains(c.Id));
    }

    // Ties on the report time go to the one read last, as the store's latest-per-source does with creation order.
    private void AddReading(FigureReading reading)
    {
        var key = (reading.Source, reading.Metric);
        if (!_latest.TryGetValue(key, out var known) || reading.ReportedAt >= known.ReportedAt)
        {
            _latest[key] = reading;
        }
    }
}
