using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Digests;

/// <summary>
/// The daily digest of one channel: the stories of the period for its topics (one line each, with how many more
/// outlets reported it) and the figures that changed, leaving out what the channel has muted.
/// </summary>
public static class DigestBuilder
{
    public const int MaxStories = 20;

    /// <summary>The digest, or null when the channel has muted every topic it wants (it gets nothing, not an empty digest).</summary>
    /// <param name="alerts">Alerts stored in the period, story members included.</param>
    /// <param name="roots">First alerts of stories that started before the period, by id, for members that continue them.</param>
    public static MessageDocument? Build(
        Subscription subscription,
        IReadOnlyList<Alert> alerts,
        IReadOnlyDictionary<string, Alert> roots,
        IReadOnlyList<Mute> channelMutes,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(channelMutes);
        if (channelMutes.Any(m => m.Topic is null && m.IsActive(now)))
        {
            return null;
        }

        var wanted = alerts.Where(a => Wants(subscription, channelMutes, a, now)).ToArray();
        var stories = wanted
            .GroupBy(a => a.StoryId ?? a.Id)
            .Select(g => (Root: g.FirstOrDefault(a => a.Id == g.Key) ?? roots.GetValueOrDefault(g.Key) ?? g.First(), Members: g.Count(a => a.Id != g.Key)))
            .OrderBy(s => s.Root.Published ?? s.Root.CreatedAt)
            .ToArray();
        var changes = wanted.OrderBy(a => a.CreatedAt).SelectMany(a => a.Headlines ?? []).Distinct(StringComparer.Ordinal).ToArray();

        var storyLines = stories.Take(MaxStories).Select(s => StoryLine(s.Root, s.Members)).ToList();
        if (stories.Length > MaxStories)
        {
            storyLines.Add($"…and {stories.Length - MaxStories} more (`latest` lists them).");
        }

        var fields = new List<MessageField>
        {
            new("Stories", storyLines.Count == 0 ? "No new stories." : string.Join('\n', storyLines)),
            new("Figures that changed", changes.Length == 0 ? "No figure changed." : string.Join('\n', changes)),
        };
        var topics = subscription.Topics.Count == 0 ? "all topics" : string.Join(", ", subscription.Topics.Order(StringComparer.Ordinal));
        return new MessageDocument(
            $"Daily digest · {FigureLines.Date(now)}",
            $"{Count(stories.Length, "story", "stories")} in the last 24 hours ({topics}).",
            fields,
            Footer: "DeploymentWatch daily digest",
            Timestamp: now);
    }

    private static bool Wants(Subscription subscription, IReadOnlyList<Mute> mutes, Alert alert, DateTimeOffset now) =>
        alert.Topics.Where(subscription.Wants).Any(topic => !mutes.Any(m => m.Covers(topic, now)));

    private static string StoryLine(Alert root, int members)
    {
        var more = members == 0 ? string.Empty : $", and {Count(members, "more report", "more reports")}";
        return $"{root.Title} ({root.Outlet ?? "unknown outlet"}, {FigureLines.Date(root.Published ?? root.CreatedAt)}{more})";
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
