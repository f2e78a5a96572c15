using System.Globalization;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// Turns a channel's backlog into digest entries: one message per topic listing every waiting story (title, outlet
/// and date, link), split only where a message would outgrow a platform's limit. Keys derive from the merged set,
/// so building the same backlog twice yields the same keys and the outbox queues each digest once.
/// </summary>
public static class BacklogDigestBuilder
{
    private const int MaxTitle = 200;

    /// <param name="mergeId">Names the merged set (its first entry's id) in the digests' keys.</param>
    public static IReadOnlyList<OutboxEntry> Build(
        ChannelAddress channel, long mergeId, IReadOnlyList<BacklogStory> stories, int storiesPerMessage, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentOutOfRangeException.ThrowIfLessThan(storiesPerMessage, 1);
        var entries = new List<OutboxEntry>();
        foreach (var topic in stories.GroupBy(s => s.Topic, StringComparer.Ordinal))
        {
            var parts = topic.Chunk(storiesPerMessage).ToArray();
            for (var part = 0; part < parts.Length; part++)
            {
                var document = Document(topic.Key, topic.Count(), parts[part], part + 1, parts.Length, now);
                var key = string.Create(CultureInfo.InvariantCulture, $"backlog|{channel}|{mergeId}|{topic.Key}|{part + 1}");
                entries.Add(new OutboxEntry(0, key, channel, document, null, null, 0, now));
            }
        }

        return entries;
    }

    private static MessageDocument Document(string topic, int total, BacklogStory[] stories, int part, int parts, DateTimeOffset now)
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"Catching up on {topic}: {total} {(total == 1 ? "alert" : "alerts")}");
        if (parts > 1)
        {
            title += string.Create(CultureInfo.InvariantCulture, $" (part {part} of {parts})");
        }

        var fields = stories.Select(Field).ToArray();
        return new MessageDocument(
            title,
            "These alerts waited while this channel could not be reached or was busy; here they are in one message.",
            fields,
            Footer: "DeploymentWatch backlog digest",
            Timestamp: now);
    }

    private static MessageField Field(BacklogStory story)
    {
        var name = story.Document.Title.Length <= MaxTitle ? story.Document.Title : story.Document.Title[..(MaxTitle - 1)] + "…";
        var lines = new List<string>();
        if (story.Document.Footer is { Length: > 0 } footer)
        {
            lines.Add(footer);
        }

        if (story.LaterReports > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"and {story.LaterReports} later {(story.LaterReports == 1 ? "report" : "reports")}"));
        }

        if (story.Document.Link is { } link)
        {
            lines.Add(link.ToString());
        }

        return new MessageField(name, lines.Count == 0 ? "-" : string.Join('\n', lines));
    }
}
