using DeploymentWatch.Application.Dashboard;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Web;

/// <summary>
/// GET /: what an operator checks first. Failing feeds come first (since when, why, next try), then the outbox
/// backlog per channel, the channels with their topics, mutes and disabled reasons, and each platform's state.
/// </summary>
internal static class OverviewPage
{
    /// <summary>Healthy feeds listed by default: failing ones are always all shown, the rest on /?feeds=all.</summary>
    public const int HealthyFeedRows = 100;

    public static async Task<IResult> RenderAsync(
        string? feedsShown,
        FeedsFile feeds,
        IDashboardStore dashboard,
        IMuteStore mutes,
        IEnumerable<IChannelStatus> platforms,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var states = (await dashboard.FeedStatesAsync(cancellationToken)).ToDictionary(s => s.FeedId, StringComparer.Ordinal);
        var lastNew = await dashboard.LastNewItemsAsync(cancellationToken);
        var backlog = await dashboard.OutboxBacklogAsync(cancellationToken);
        var channels = await dashboard.SubscriptionsAsync(cancellationToken);
        var activeMutes = (await mutes.ListActiveAsync(null, now, cancellationToken)).ToLookup(m => m.Channel);

        return PageLayout.Page("Overview", "/", html =>
        {
            Feeds(html, feeds.Feeds, states, lastNew, feedsShown == "all");
            Backlog(html, backlog);
            Channels(html, channels, activeMutes);
            Platforms(html, platforms);
        });
    }

    private static void Feeds(
        HtmlWriter html, IReadOnlyList<FeedDefinition> feeds, Dictionary<string, FeedState> states, IReadOnlyDictionary<string, DateTimeOffset> lastNew, bool all)
    {
        var failing = feeds.Count(f => states.TryGetValue(f.Id, out var s) && s.ConsecutiveFailures > 0);
        html.Element("h2", $"Feeds ({feeds.Count}, {failing} failing)");
        html.Tag("<table id=\"feeds\"><thead><tr><th>Feed</th><th>Source</th><th>Last poll</th><th>Last new item</th>")
            .Tag("<th>Failures</th><th>Reason</th><th>Next poll</th></tr></thead><tbody>");
        var ordered = feeds
            .Select(f => (Feed: f, State: states.GetValueOrDefault(f.Id) ?? FeedState.New(f.Id)))
            .OrderByDescending(x => x.State.ConsecutiveFailures)
            .ThenBy(x => x.Feed.Id, StringComparer.Ordinal)
            .Take(all ? int.MaxValue : failing + HealthyFeedRows);
        foreach (var (feed, state) in ordered)
        {
            var failed = state.ConsecutiveFailures > 0;
            html.Tag(failed ? "<tr class=\"failing\">" : "<tr>")
                .Cell(feed.Id)
                .Cell(feed.Source, "muted")
                .Cell(state.LastPolledAt is null ? "never" : WebFormat.Time(state.LastPolledAt))
                .Cell(WebFormat.Time(lastNew.TryGetValue(feed.Id, out var seen) ? seen : null))
                .Cell(WebFormat.Number(state.ConsecutiveFailures), failed ? "num bad" : "num")
                .Cell(state.LastError, failed ? "bad" : null)
                .Cell(WebFormat.Time(state.NextAttemptAt))
                .Tag("</tr>");
        }

        html.Tag("</tbody></table>");
        var hidden = all ? 0 : Math.Max(0, feeds.Count - failing - HealthyFeedRows);
        if (hidden > 0)
        {
            html.Tag("<p class=\"muted\">").Text($"{WebFormat.Number(hidden)} more healthy feeds not listed: ").LocalLink("/?feeds=all", "list every feed").Tag("</p>");
        }
    }

    private static void Backlog(HtmlWriter html, IReadOnlyList<OutboxBacklog> backlog)
    {
        html.Element("h2", $"Outbox backlog ({WebFormat.Number(backlog.Sum(b => (long)b.Pending))} waiting)");
        if (backlog.Count == 0)
        {
            html.Element("p", "Nothing waiting: every message has been delivered.", "ok");
            return;
        }

        html.Tag("<table id=\"backlog\"><thead><tr><th>Channel</th><th>Waiting</th></tr></thead><tbody>");
        foreach (var entry in backlog)
        {
            html.Tag("<tr>").Cell(entry.Channel.ToString()).Cell(WebFormat.Number(entry.Pending), "num").Tag("</tr>");
        }

        html.Tag("</tbody></table>");
    }

    private static void Channels(HtmlWriter html, IReadOnlyList<Subscription> channels, ILookup<ChannelAddress, Mute> mutes)
    {
        html.Element("h2", $"Channels ({channels.Count})");
        if (channels.Count == 0)
        {
            html.Element("p", "No channel is subscribed yet: type `subscribe` in one.", "muted");
            return;
        }

        html.Tag("<table id=\"channels\"><thead><tr><th>Platform</th><th>Channel</th><th>Topics</th><th>Delivery</th>")
            .Tag("<th>Mutes</th><th>State</th></tr></thead><tbody>");
        foreach (var channel in channels)
        {
            var topics = channel.Topics.Count == 0 ? "all" : string.Join(", ", channel.Topics.Order(StringComparer.Ordinal));
            var muted = string.Join(", ", mutes[channel.Channel].Select(m => $"{m.Topic ?? "all"} until {(m.Until is null ? "unmuted" : WebFormat.Time(m.Until))}"));
            html.Tag("<tr>")
                .Cell(channel.Channel.Platform)
                .Cell(channel.Channel.ToString())
                .Cell(topics)
                .Cell(channel.Mode == DeliveryMode.Daily ? $"daily at {channel.DigestHour:00}:00 UTC" : "realtime")
                .Cell(muted.Length == 0 ? "—" : muted)
                .Cell(channel.DisabledReason is null ? "enabled" : "disabled: " + channel.DisabledReason, channel.IsDisabled ? "bad" : "ok")
                .Tag("</tr>");
        }

        html.Tag("</tbody></table>");
    }

    private static void Platforms(HtmlWriter html, IEnumerable<IChannelStatus> platforms)
    {
        html.Element("h2", "Platforms");
        html.Tag("<table id=\"platforms\"><thead><tr><th>Platform</th><th>State</th></tr></thead><tbody>");
        foreach (var platform in platforms)
        {
            html.Tag("<tr>").Cell(platform.Platform).Cell(platform.Detail, platform.Enabled ? "ok" : "muted").Tag("</tr>");
        }

        html.Tag("</tbody></table>");
    }
}
