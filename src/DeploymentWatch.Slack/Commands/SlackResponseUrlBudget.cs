using System.Collections.Concurrent;

namespace DeploymentWatch.Slack.Commands;

/// <summary>
/// Slack accepts at most 5 posts to one response_url within 30 minutes of the command; this refuses the 6th and
/// anything late instead of letting Slack drop it silently.
/// </summary>
internal sealed class SlackResponseUrlBudget(TimeProvider timeProvider)
{
    public const int MaxPosts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>Starts the 30 minutes when the command arrives.</summary>
    public void Register(Uri responseUrl)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var now = timeProvider.GetUtcNow();
        foreach (var expired in entries.Where(e => now - e.Value.Received > Lifetime).Select(e => e.Key))
        {
            entries.TryRemove(expired, out _);
        }

        entries.TryAdd(responseUrl.AbsoluteUri, new Entry(now));
    }

    /// <summary>True (and counted) if one more post is allowed now.</summary>
    public bool TryConsume(Uri responseUrl)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var entry = entries.GetOrAdd(responseUrl.AbsoluteUri, _ => new Entry(timeProvider.GetUtcNow()));
        if (timeProvider.GetUtcNow() - entry.Received > Lifetime)
        {
            return false;
        }

        return Interlocked.Increment(ref entry.Posts) <= MaxPosts;
    }

    private sealed class Entry(DateTimeOffset received)
    {
        public int Posts;

        public DateTimeOffset Received { get; } = received;
    }
}
