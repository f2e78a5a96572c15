using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Subscriptions;

/// <summary>
/// The one message a newly subscribed channel gets instead of a flood of old alerts: the current figures per
/// source, and the last seven days' stories for its topics.
/// </summary>
public sealed class CatchUpBuilder(IFigureStore figures, IAlertStore alerts, ProfileSet profiles, TimeProvider time)
{
    public static readonly TimeSpan StoryWindow = TimeSpan.FromDays(7);
    public const int MaxStories = 10;

    public async Task<MessageDocument> BuildAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var fields = new List<MessageField>();
        var latest = await LatestFigures.LoadAsync(figures, FigureMetricIds.All, cancellationToken);
        foreach (var metric in FigureMetricIds.All)
        {
            var reports = latest.Where(r => r.Metric == metric).OrderByDescending(r => r.ReportedAt).ToArray();
            if (reports.Length > 0)
            {
                fields.Add(new MessageField(metric.ToLabel(), string.Join('\n', reports.Select(r => $"{profiles.SourceName(r.Source)}: {FigureLines.Value(r)} ({FigureLines.Date(r.ReportedAt)})"))));
            }
        }

        var since = time.GetUtcNow() - StoryWindow;
        var stories = (await alerts.LatestAsync(null, 200, cancellationToken))
            .Where(a => (a.Published ?? a.CreatedAt) >= since && a.Topics.Any(subscription.Wants))
            .Take(MaxStories)
            .ToArray();
        fields.Add(new MessageField(
            "Stories of the last 7 days",
            stories.Length == 0 ? "None." : string.Join('\n', stories.Select(a => $"{a.Title} ({a.Outlet ?? "unknown outlet"}, {FigureLines.Date(a.Published ?? a.CreatedAt)})"))));
        return new MessageDocument(
            "Catching up",
            "Welcome! Here is where things stand; new alerts follow as they are reported.",
            fields);
    }
}
