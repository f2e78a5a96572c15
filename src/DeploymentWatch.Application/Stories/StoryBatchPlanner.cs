using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Stories;
using DeploymentWatch.Domain.Subscriptions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Application.Stories;

/// <summary>
/// Takes in a batch of new items in one transaction under the planning lock: drops items another instance took in
/// meanwhile, places each relevant article in its story against the in-memory look-back (<see cref="RecentStories"/>,
/// loaded once and then refreshed with what others stored), and writes the alerts, figures, outbox entries and seen
/// keys together. The first article of a story is a new alert headed by its figure changes; a later one is stored
/// too and sent as an edit of the story's first message where that channel got it. Every time it writes (alert
/// creation, outbox due times) is read after the lock is taken, so an entry is never due before the batch that
/// stored it before it.
/// </summary>
public sealed class StoryBatchPlanner(
    IStoryBatchStore store,
    ISubscriptionStore subscriptions,
    IMuteStore mutes,
    AlertDocumentBuilder documents,
    ArticleAnalyzer analyzer,
    IOptions<StoryOptions> options,
    TimeProvider time) : IDisposable
{
    // Another instance's batch may commit with a creation time a little before this one's last read (clock skew).
    private static readonly TimeSpan ReadOverlap = TimeSpan.FromMinutes(2);

    private readonly FigureChangeDetector _changes = new(analyzer.Profiles);

    /// <summary>The profiles' words, left out of story keywords; fingerprints computed before the lock use it too.</summary>
    public StoryVocabulary Vocabulary { get; } = StoryVocabulary.From(analyzer.Profiles);
    private readonly RecentStories _recent = new(new StoryMatcher(options.Value.ToThresholds().WithTopics(analyzer.Profiles)));
    private readonly Dictionary<string, HashSet<ChannelAddress>> _rootRecipients = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Takes in <paramref name="items"/> (one feed's, or several feeds') in one transaction.</summary>
    public async Task<IntakeResult> TakeInAsync(IReadOnlyList<IntakeItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return IntakeResult.Empty;
        }

        var active = await subscriptions.ListActiveAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await store.InPlanningLockAsync(session => PlanBatchAsync(session, items, active, cancellationToken), cancellationToken);
        }
        catch
        {
            // The transaction rolled back: what this batch added to memory was never stored.
            _recent.Reset();
            _rootRecipients.Clear();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>"Also reported by Outlet A, Outlet B": the outlet, or the title when the outlet says nothing new.</summary>
    public static string AlsoReportedBy(Alert root, IReadOnlyList<Alert> members)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(members);
        var names = members
            .Select(m => m.Outlet is { Length: > 0 } outlet && !string.Equals(outlet, root.Outlet, StringComparison.OrdinalIgnoreCase) ? outlet : m.Title)
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return "Also reported by " + string.Join(", ", names);
    }

    private async Task<IntakeResult> PlanBatchAsync(
        IStoryBatchSession session, IReadOnlyList<IntakeItem> items, IReadOnlyList<Subscription> active, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await RefreshAsync(session, now, cancellationToken);
        var activeMutes = await mutes.ListActiveAsync(null, now, cancellationToken);

        var seen = await session.FindSeenAsync(items.SelectMany(i => i.Keys).ToHashSet(), cancellationToken);
        var keys = new HashSet<long>();
        var plans = new List<StoryPlan>();
        var newItems = new HashSet<long>();
        foreach (var item in items)
        {
            // Known to the store (another instance took it in) or earlier in this batch (a title listed twice).
            if (item.Keys.Any(k => seen.Contains(k) || keys.Contains(k)))
            {
                continue;
            }

            newItems.Add(item.ItemKey);
            keys.UnionWith(item.Keys);
            if (item.Analysis is { } analysis && await PlanAsync(session, analysis, item.Fingerprint, active, activeMutes, now, cancellationToken) is { } plan)
            {
                plans.Add(plan);
                _recent.Add(plan.Alert, withFigures: true);
            }
        }

        await session.SaveAsync(new StoryBatch(plans, keys, now), cancellationToken);
        return new IntakeResult(newItems, plans.Select(p => p.Alert).ToArray());
    }

    private async Task RefreshAsync(IStoryBatchSession session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lookBack = now - options.Value.LookBack;
        if (_recent.LoadedAt is not { } loadedAt)
        {
            _recent.LoadFigures(await session.LatestFiguresAsync(cancellationToken));
            _recent.Load(await session.AlertsCreatedSinceAsync(lookBack, _ => false, cancellationToken), now, withFigures: false);
            return;
        }

        var since = loadedAt - ReadOverlap;
        _recent.Load(
            await session.AlertsCreatedSinceAsync(since < lookBack ? lookBack : since, _recent.Knows, cancellationToken), now, withFigures: true);
        _recent.Evict(lookBack);
    }

    private async Task<StoryPlan?> PlanAsync(
        IStoryBatchSession session,
        ArticleAnalysis analysis,
        StoryFingerprint? precomputed,
        IReadOnlyList<Subscription> active,
        IReadOnlyList<Mute> activeMutes,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var alert = AlertFactory.Create(analysis, now);
        if (_recent.Knows(alert.Id))
        {
            // Stored before (its item was not marked seen, as by a version that marked seen after the alert).
            return null;
        }

        var fingerprint = precomputed ?? StoryFingerprint.From(analysis, Vocabulary);
        if (fingerprint.Time is null)
        {
            // A live item without a date is placed at the time it was taken in (read under the lock), so it stays
            // in the window for as long as a dated item seen now would.
            fingerprint = fingerprint with { Time = now };
        }
        var storyId = _recent.Window.Place(fingerprint, alert.Id);
        var headlines = alert.Figures.Count == 0
            ? []
            : _changes.Headlines(_recent.LatestFigures, FigureReading.From(alert.Figures, alert.Published ?? alert.CreatedAt));
        alert = alert with { StoryId = storyId, Fingerprint = fingerprint, Headlines = headlines };

        var root = storyId is null ? null : _recent.Get(storyId) ?? await session.GetAlertAsync(storyId, cancellationToken);
        if (root is null)
        {
            // Not in a story (or its first alert is gone): a new story, headed by its figure changes.
            alert = alert with { StoryId = null };
            var document = documents.Build(alert, headlines);
            return new StoryPlan(alert, AlertRouter.Recipients(alert, active, activeMutes, now)
                .Select(channel => AlertRouter.Entry(alert, channel, document, now))
                .ToArray());
        }

        var members = _recent.Members(root.Id).Append(alert).ToArray();
        var edit = documents.Build(root, StoryLines(root, members));
        var gotRoot = await RootRecipientsAsync(root, active, cancellationToken);
        var own = documents.Build(alert, headlines);
        var entries = AlertRouter.Recipients(root, active, activeMutes, now)
            .Union(AlertRouter.Recipients(alert, active, activeMutes, now))
            .Select(channel => gotRoot.Contains(channel)
                ? OutboxEntry.Edit(alert.Id, root.Id, channel, edit, now)
                : AlertRouter.Entry(alert, channel, own, now))
            .ToArray();
        return new StoryPlan(alert, entries);
    }

    /// <summary>
    /// The channels the story's first alert was sent to: routed as at its creation (mutes then, subscriptions that
    /// existed then). A channel that had it muted gets this report as a post of its own, since it has nothing to edit.
    /// Kept per story: the answer about the past does not change.
    /// </summary>
    private async Task<HashSet<ChannelAddress>> RootRecipientsAsync(Alert root, IReadOnlyList<Subscription> active, CancellationToken cancellationToken)
    {
        if (_rootRecipients.TryGetValue(root.Id, out var known))
        {
            return known;
        }

        var mutesThen = await mutes.ListActiveAsync(null, root.CreatedAt, cancellationToken);
        var subscribedThen = active.Where(s => s.CreatedAt <= root.CreatedAt).ToArray();
        HashSet<ChannelAddress> recipients = [.. AlertRouter.Recipients(root, subscribedThen, mutesThen, root.CreatedAt)];
        if (_rootRecipients.Count > 10_000)
        {
            _rootRecipients.Clear();
        }

        _rootRecipients[root.Id] = recipients;
        return recipients;
    }

    private static string[] StoryLines(Alert root, IReadOnlyList<Alert> members) =>
    [
        .. root.Headlines ?? [],
        .. members.SelectMany(m => m.Headlines ?? []),
        AlsoReportedBy(root, members),
    ];
}
