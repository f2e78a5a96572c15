using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Stories;
using DeploymentWatch.Domain.Subscriptions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Application.Stories;

/// <summary>
/// Places a relevant article in its story before it is stored. The first article of a story is a new alert, headed
/// by the figure changes it brings. A later one is stored too (so `latest` and the figure history see it) but sent
/// only as an edit of the story's first message: that alert rebuilt with every member's changes and an "Also
/// reported by" line.
/// </summary>
public sealed class StoryPlanner(
    IAlertStore alerts,
    IFigureStore figures,
    IMuteStore mutes,
    AlertDocumentBuilder documents,
    ArticleAnalyzer analyzer,
    IOptions<StoryOptions> options) : IDisposable
{
    private readonly StoryMatcher _matcher = new(options.Value.ToThresholds());
    private readonly StoryVocabulary _vocabulary = StoryVocabulary.From(analyzer.Profiles);
    private readonly FigureChangeDetector _changes = new(analyzer.Profiles);

    // Feeds are polled in parallel: without this, two outlets' copies of one story read at once would both start it.
    // (Across instances on PostgreSQL the race remains; the worst case is a story alerted twice.)
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Plans the article's alert and stores it with its figures and outbox entries in one save.</summary>
    public async Task<Alert> PlanAndSaveAsync(
        ArticleAnalysis analysis,
        IReadOnlyList<Subscription> subscriptions,
        IReadOnlyList<Mute> activeMutes,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var plan = await PlanAsync(analysis, subscriptions, activeMutes, now, cancellationToken);
            await alerts.SaveAsync(plan.Alert, FigureReports.From(plan.Alert), plan.Outbox, cancellationToken);
            return plan.Alert;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<StoryPlan> PlanAsync(
        ArticleAnalysis analysis,
        IReadOnlyList<Subscription> subscriptions,
        IReadOnlyList<Mute> activeMutes,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var alert = AlertFactory.Create(analysis, now);
        var fingerprint = StoryFingerprint.From(analysis, _vocabulary);
        var recent = (await alerts.CreatedSinceAsync(now - options.Value.LookBack, cancellationToken))
            .Where(a => a.Id != alert.Id)
            .ToArray();
        var storyId = _matcher.Match(fingerprint, recent
            .Where(a => a.Fingerprint is not null)
            .Select(a => new StoryCandidate(a.Id, a.Fingerprint!, a.StoryId))
            .ToArray());
        var headlines = await HeadlinesAsync(alert, cancellationToken);
        alert = alert with { StoryId = storyId, Fingerprint = fingerprint, Headlines = headlines };

        var root = storyId is null ? null : recent.FirstOrDefault(a => a.Id == storyId) ?? await alerts.GetAsync(storyId, cancellationToken);
        if (root is null)
        {
            // Not in a story (or its first alert is gone): a new story, headed by its figure changes.
            alert = alert with { StoryId = null };
            var document = documents.Build(alert, headlines);
            return new StoryPlan(alert, AlertRouter.Recipients(alert, subscriptions, activeMutes, now)
                .Select(channel => AlertRouter.Entry(alert, channel, document, now))
                .ToArray());
        }

        var members = recent.Where(a => a.StoryId == root.Id).OrderBy(a => a.CreatedAt).Append(alert).ToArray();
        var edit = documents.Build(root, StoryLines(root, members));
        var gotRoot = await RootRecipientsAsync(root, subscriptions, cancellationToken);
        var own = documents.Build(alert, headlines);
        var entries = AlertRouter.Recipients(root, subscriptions, activeMutes, now)
            .Union(AlertRouter.Recipients(alert, subscriptions, activeMutes, now))
            .Select(channel => gotRoot.Contains(channel)
                ? OutboxEntry.Edit(alert.Id, root.Id, channel, edit, now)
                : AlertRouter.Entry(alert, channel, own, now))
            .ToArray();
        return new StoryPlan(alert, entries);
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

    /// <summary>
    /// The channels the story's first alert was sent to: routed as at its creation (mutes then, subscriptions that
    /// existed then). A channel that had it muted gets this report as a post of its own, since it has nothing to edit.
    /// </summary>
    private async Task<HashSet<ChannelAddress>> RootRecipientsAsync(Alert root, IReadOnlyList<Subscription> subscriptions, CancellationToken cancellationToken)
    {
        var mutesThen = await mutes.ListActiveAsync(null, root.CreatedAt, cancellationToken);
        var subscribedThen = subscriptions.Where(s => s.CreatedAt <= root.CreatedAt).ToArray();
        return [.. AlertRouter.Recipients(root, subscribedThen, mutesThen, root.CreatedAt)];
    }

    private static string[] StoryLines(Alert root, IReadOnlyList<Alert> members) =>
    [
        .. root.Headlines ?? [],
        .. members.SelectMany(m => m.Headlines ?? []),
        AlsoReportedBy(root, members),
    ];

    private async Task<IReadOnlyList<string>> HeadlinesAsync(Alert alert, CancellationToken cancellationToken)
    {
        if (alert.Figures.Count == 0)
        {
            return [];
        }

        var previous = (await figures.LatestPerSourceAsync(null, cancellationToken))
            .Select(r => new FigureReading(r.Source, r.Metric, r.Low, r.High, r.Qualifier, r.ReportedAt))
            .ToArray();
        return _changes.Headlines(previous, FigureReading.From(alert.Figures, alert.Published ?? alert.CreatedAt));
    }
}
