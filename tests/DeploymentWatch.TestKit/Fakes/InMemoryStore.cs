using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.TestKit.Fakes;

/// <summary>
/// Every storage port in memory, with the same semantics as the real stores (atomic save, outbox leases,
/// latest-per-source), for use-case tests. The real stores are tested against SQLite and PostgreSQL.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Design", "CA1001", Justification = "The planning SemaphoreSlim never allocates a wait handle (only WaitAsync is used), so it has nothing to dispose.")]
public sealed partial class InMemoryStore : IFeedStateStore, ISeenItemStore, IStoryBatchStore, IOutboxStore, IAlertStore, IFigureStore, ISubscriptionStore, IMuteStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FeedState> _feedStates = [];
    private readonly Dictionary<long, DateTimeOffset> _seen = [];
    private readonly Dictionary<string, (string Owner, DateTimeOffset Until)> _claims = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _planning = new(1, 1);
    private readonly Dictionary<string, Alert> _alerts = [];
    private readonly List<FigureReport> _figures = [];
    private readonly List<OutboxRow> _outbox = [];
    private readonly Dictionary<ChannelAddress, ChannelPause> _pauses = [];
    private readonly Dictionary<ChannelAddress, Subscription> _subscriptions = [];
    private readonly List<Mute> _mutes = [];
    private long _nextId = 1;

    /// <summary>Makes the next <see cref="SaveAsync"/> throw, as a crash or a failed transaction would.</summary>
    public bool FailNextSave { get; set; }

    public IReadOnlyList<OutboxRow> Outbox
    {
        get
        {
            lock (_gate)
            {
                return _outbox.ToArray();
            }
        }
    }

    /// <summary>Every pause row ever written (expired ones included): one per paused channel or platform.</summary>
    public IReadOnlyList<ChannelPause> Pauses
    {
        get
        {
            lock (_gate)
            {
                return _pauses.Values.ToArray();
            }
        }
    }

    public Task<FeedState> GetAsync(string feedId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_feedStates.GetValueOrDefault(feedId) ?? FeedState.New(feedId));
        }
    }

    public Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            _feedStates[state.FeedId] = state;
            _claims.Remove(state.FeedId);
        }

        return Task.CompletedTask;
    }

    public Task RegisterAsync(IReadOnlyCollection<string> feedIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedIds);
        lock (_gate)
        {
            foreach (var id in feedIds)
            {
                _feedStates.TryAdd(id, FeedState.New(id));
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedState>> ClaimDueAsync(FeedClaimRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            var claimed = request.FeedIds
                .Select(id => _feedStates.GetValueOrDefault(id) ?? FeedState.New(id))
                .Where(s => request.IgnoreSchedule || s.NextAttemptAt is null || s.NextAttemptAt <= request.Now)
                .Where(s => !_claims.TryGetValue(s.FeedId, out var claim) || claim.Until <= request.Now)
                .OrderBy(s => s.NextAttemptAt ?? DateTimeOffset.MinValue)
                .ThenBy(s => s.FeedId, StringComparer.Ordinal)
                .Take(request.Limit)
                .ToArray();
            foreach (var state in claimed)
            {
                _claims[state.FeedId] = (request.Owner, request.Now + request.Lease);
            }

            return Task.FromResult<IReadOnlyList<FeedState>>(claimed);
        }
    }

    public Task RenewAsync(IReadOnlyCollection<string> feedIds, string owner, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedIds);
        lock (_gate)
        {
            foreach (var id in feedIds.Where(id => _claims.TryGetValue(id, out var c) && c.Owner == owner))
            {
                _claims[id] = (owner, claimedUntil);
            }
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(IReadOnlyCollection<string> feedIds, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedIds);
        lock (_gate)
        {
            foreach (var id in feedIds.Where(id => _claims.TryGetValue(id, out var c) && c.Owner == owner))
            {
                _claims.Remove(id);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Who holds a claim on the feed, and until when; null when nobody does.</summary>
    public (string Owner, DateTimeOffset Until)? ClaimOf(string feedId)
    {
        lock (_gate)
        {
            return _claims.TryGetValue(feedId, out var claim) ? claim : null;
        }
    }

    public Task<IReadOnlySet<long>> FindAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            return Task.FromResult<IReadOnlySet<long>>(keys.Where(_seen.ContainsKey).ToHashSet());
        }
    }

    public Task MarkAsync(IReadOnlyCollection<long> keys, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _seen.TryAdd(key, seenAt);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> RefreshAsync(IReadOnlyCollection<long> keys, DateTimeOffset seenAt, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            var stale = keys.Where(k => _seen.TryGetValue(k, out var at) && at < staleBefore).ToArray();
            foreach (var key in stale)
            {
                _seen[key] = seenAt;
            }

            return Task.FromResult(stale.Length);
        }
    }

    /// <summary>When each seen key was last recorded or refreshed.</summary>
    public IReadOnlyDictionary<long, DateTimeOffset> SeenKeys
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<long, DateTimeOffset>(_seen);
            }
        }
    }

    /// <summary>
    /// One planning batch: the work runs against the store directly and its writes are applied together at the end,
    /// so a batch that throws leaves nothing, as the real transaction does.
    /// </summary>
    public async Task<T> InPlanningLockAsync<T>(Func<IStoryBatchSession, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _planning.WaitAsync(cancellationToken);
        try
        {
            var session = new BatchSession(this);
            var result = await work(session);
            lock (_gate)
            {
                if (FailNextSave)
                {
                    FailNextSave = false;
                    throw new InvalidOperationException("simulated storage failure");
                }

                foreach (var plan in session.Plans)
                {
                    if (_alerts.TryAdd(plan.Alert.Id, plan.Alert))
                    {
                        _figures.AddRange(FigureReports.From(plan.Alert));
                    }

                    AddOutbox(plan.Outbox);
                }

                foreach (var key in session.Keys)
                {
                    _seen.TryAdd(key, session.SeenAt);
                }
            }

            return result;
        }
        finally
        {
            _planning.Release();
        }
    }

    public Task SaveAsync(Alert alert, IReadOnlyList<FigureReport> figures, IReadOnlyList<OutboxEntry> outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_gate)
        {
            if (FailNextSave)
            {
                FailNextSave = false;
                throw new InvalidOperationException("simulated storage failure");
            }

            if (_alerts.ContainsKey(alert.Id))
            {
                return Task.CompletedTask;
            }

            _alerts[alert.Id] = alert;
            _figures.AddRange(figures);
            AddOutbox(outbox);
        }

        return Task.CompletedTask;
    }

    Task<Alert?> IAlertStore.GetAsync(string alertId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_alerts.GetValueOrDefault(alertId));
        }
    }

    public Task<IReadOnlyList<Alert>> LatestAsync(string? topic, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Alert>>(_alerts.Values
                .Where(a => topic is null || a.Topics.Contains(topic))
                .OrderByDescending(a => a.CreatedAt)
                .Take(limit)
                .ToArray());
        }
    }

    public Task<IReadOnlyList<Alert>> CreatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Alert>>(_alerts.Values.Where(a => a.CreatedAt >= since).OrderBy(a => a.CreatedAt).ToArray());
        }
    }

    public Task<IReadOnlyList<FigureReport>> LatestPerSourceAsync(FigureMetric? metric, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<FigureReport>>(_figures
                .Select((f, i) => (f, i))
                .Where(x => metric is null || x.f.Metric == metric)
                .GroupBy(x => (x.f.Source, x.f.Metric))
                .Select(g => g.OrderByDescending(x => x.f.ReportedAt).ThenByDescending(x => x.i).First().f)
                .ToArray());
        }
    }

    public Task<IReadOnlyList<FigureReport>> HistoryAsync(FigureMetric metric, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<FigureReport>>(_figures.Where(f => f.Metric == metric).OrderBy(f => f.ReportedAt).ToArray());
        }
    }

    public Task EnqueueAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            AddOutbox(entries);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(DateTimeOffset now, int limit, TimeSpan lease, string claimant, CancellationToken cancellationToken) =>
        Claim(now, limit, lease, claimant, r => r.Entry.DependsOn is null || !_outbox.Any(d => d.Entry.Key == r.Entry.DependsOn && d.Status == "pending"));

    public Task<IReadOnlyList<OutboxEntry>> ClaimChannelAsync(
        ChannelAddress channel, DateTimeOffset now, int limit, TimeSpan lease, string claimant, CancellationToken cancellationToken) =>
        Claim(now, limit, lease, claimant, r => r.Entry.Channel == channel);

    public Task RenewClaimsAsync(string claimant, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var row in _outbox.Where(r => r.ClaimedBy == claimant && r.Status == "pending" && r.ClaimedUntil is not null))
            {
                row.ClaimedUntil = until;
            }
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(long id, string? attemptError, CancellationToken cancellationToken) =>
        Update(id, r =>
        {
            if (r.Status != "pending")
            {
                return;
            }

            r.ClaimedUntil = null;
            r.ClaimedBy = null;
            if (attemptError is not null)
            {
                r.Entry = r.Entry with { Attempts = r.Entry.Attempts + 1 };
                r.LastError = attemptError;
            }
        });

    public Task ReleaseClaimsAsync(string claimant, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var row in _outbox.Where(r => r.ClaimedBy == claimant && r.Status == "pending"))
            {
                row.ClaimedUntil = null;
                row.ClaimedBy = null;
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkDeliveredAsync(long id, string? messageRef, DateTimeOffset deliveredAt, CancellationToken cancellationToken) =>
        Update(id, r =>
        {
            r.Status = "delivered";
            r.MessageRef = messageRef;
            r.ClaimedUntil = null;
            r.ClaimedBy = null;
        });

    public Task MarkFailedAsync(long id, string reason, CancellationToken cancellationToken) =>
        Update(id, r =>
        {
            r.Status = "failed";
            r.LastError = reason;
        });

    public Task SkipAsync(long id, string reason, CancellationToken cancellationToken) =>
        Update(id, r =>
        {
            r.Status = "cancelled";
            r.LastError = reason;
        });

    public Task PauseAsync(ChannelPause pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pause);
        lock (_gate)
        {
            _pauses[pause.Channel] = pause;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ChannelPause>> ListPausesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ChannelPause>>(_pauses.Values.Where(p => p.Until > now).ToArray());
        }
    }

    public Task<IReadOnlyList<ChannelAddress>> ListBackloggedAsync(
        DateTimeOffset now, int minEntries, DateTimeOffset queuedBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ChannelAddress>>(_outbox
                .Where(r => r.Status == "pending" && r.Entry.AlertId is not null && r.Entry.EditsAlertId is null && r.Entry.DueAt <= now
                    && (r.ClaimedUntil is null || r.ClaimedUntil <= now) && !IsPaused(r.Entry.Channel, now))
                .GroupBy(r => r.Entry.Channel)
                .Where(g => g.Count() >= 2 && (g.Count() >= minEntries || g.Min(r => r.Entry.DueAt) <= queuedBefore))
                .Select(g => g.Key)
                .ToArray());
        }
    }

    public Task<bool> MergeAsync(IReadOnlyList<long> mergedIds, IReadOnlyList<OutboxEntry> digests, string claimant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mergedIds);
        ArgumentNullException.ThrowIfNull(digests);
        lock (_gate)
        {
            var rows = _outbox.Where(r => mergedIds.Contains(r.Entry.Id)).ToArray();
            if (rows.Length != mergedIds.Count || rows.Any(r => r.Status != "pending" || r.ClaimedBy != claimant))
            {
                return Task.FromResult(false);
            }

            foreach (var row in rows)
            {
                row.Status = "merged";
                row.ClaimedUntil = null;
                row.ClaimedBy = null;
                row.LastError = "merged into backlog digest";
            }

            AddOutbox(digests);
            return Task.FromResult(true);
        }
    }

    public Task CancelPendingAsync(ChannelAddress channel, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var row in _outbox.Where(r => r.Entry.Channel == channel && r.Status == "pending"))
            {
                row.Status = "cancelled";
                row.LastError = reason;
            }
        }

        return Task.CompletedTask;
    }

    public Task<string?> FindMessageRefAsync(string alertId, ChannelAddress channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_outbox.FirstOrDefault(r => r.Entry.AlertId == alertId && r.Entry.EditsAlertId is null && r.Entry.Channel == channel && r.Status == "delivered")?.MessageRef);
        }
    }

    public Task<string?> LastRefusalAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_outbox.LastOrDefault(r => r.Entry.Channel == channel && r.Status == "failed")?.LastError);
        }
    }

    public Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_outbox.Count(r => r.Status == "pending"));
        }
    }

    public Task<Subscription?> GetAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_subscriptions.GetValueOrDefault(channel));
        }
    }

    public Task UpsertAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        lock (_gate)
        {
            _subscriptions[subscription.Channel] = subscription;
        }

        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_subscriptions.Remove(channel));
        }
    }

    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Subscription>>(_subscriptions.Values.Where(s => !s.IsDisabled).ToArray());
        }
    }

    public Task DisableAsync(ChannelAddress channel, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(channel, out var s))
            {
                _subscriptions[channel] = s with { DisabledReason = reason };
            }
        }

        return Task.CompletedTask;
    }

    public Task AddAsync(Mute mute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mute);
        lock (_gate)
        {
            _mutes.RemoveAll(m => m.Channel == mute.Channel && m.Topic == mute.Topic);
            _mutes.Add(mute);
        }

        return Task.CompletedTask;
    }

    public Task<int> RemoveAsync(ChannelAddress channel, string? topic, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_mutes.RemoveAll(m => m.Channel == channel && (topic is null || m.Topic == topic)));
        }
    }

    public Task<IReadOnlyList<Mute>> ListActiveAsync(ChannelAddress? channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Mute>>(_mutes.Where(m => (channel is null || m.Channel == channel) && m.IsActive(now)).ToArray());
        }
    }

    private Task<IReadOnlyList<OutboxEntry>> Claim(DateTimeOffset now, int limit, TimeSpan lease, string claimant, Func<OutboxRow, bool> filter)
    {
        lock (_gate)
        {
            var claimed = _outbox
                .Where(r => r.Status == "pending" && r.Entry.DueAt <= now && (r.ClaimedUntil is null || r.ClaimedUntil <= now))
                .Where(r => !IsPaused(r.Entry.Channel, now))
                .Where(filter)
                .OrderBy(r => r.Entry.DueAt).ThenBy(r => r.Entry.Id)
                .Take(limit)
                .ToArray();
            foreach (var row in claimed)
            {
                row.ClaimedUntil = now + lease;
                row.ClaimedBy = claimant;
            }

            return Task.FromResult<IReadOnlyList<OutboxEntry>>(claimed.Select(r => r.Entry).ToArray());
        }
    }

    private bool IsPaused(ChannelAddress channel, DateTimeOffset now) =>
        _pauses.Values.Any(p => p.Until > now && p.Holds(channel));

    private void AddOutbox(IEnumerable<OutboxEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (_outbox.Any(r => r.Entry.Key == entry.Key))
            {
                continue;
            }

            _outbox.Add(new OutboxRow(entry with { Id = _nextId++ }));
        }
    }

    private Task Update(long id, Action<OutboxRow> change)
    {
        lock (_gate)
        {
            change(_outbox.Single(r => r.Entry.Id == id));
        }

        return Task.CompletedTask;
    }

    /// <summary>An outbox entry with its delivery state, as tests inspect it.</summary>
    public sealed class OutboxRow(OutboxEntry entry)
    {
        public OutboxEntry Entry { get; internal set; } = entry;

        public string Status { get; internal set; } = "pending";

        public DateTimeOffset? ClaimedUntil { get; internal set; }

        public string? ClaimedBy { get; internal set; }

        public string? MessageRef { get; internal set; }

        public string? LastError { get; internal set; }
    }
}
