using DeploymentWatch.Application.Alerts;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// Merges each backlogged channel's waiting alerts (and the edits of those alerts) into digests, in one transaction
/// per channel, before anything is sent: after an outage, a restored token or a flood a channel gets a few digests
/// instead of hundreds of posts. Other entries (replies, daily digests, edits of messages already out) keep going one by one.
/// </summary>
internal sealed class BacklogMerger(IOutboxStore outbox, IAlertStore alerts, DeliveryOptions options, ILogger logger)
{
    // Bounds one merge; a larger backlog is merged in several passes.
    private const int MaxMerged = 5_000;
    private const string NoTopic = "other";

    public async Task<int> MergeAsync(string claimant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var merged = 0;
        var backlogged = await outbox.ListBackloggedAsync(now, options.BacklogEntries, now - options.BacklogAge, cancellationToken);
        foreach (var channel in backlogged)
        {
            var waiting = await outbox.ClaimChannelAsync(channel, now, MaxMerged, options.ClaimLease, claimant, cancellationToken);
            try
            {
                var posts = waiting.Where(e => e.AlertId is not null && e.EditsAlertId is null).ToArray();
                if (posts.Length < 2)
                {
                    continue;
                }

                var roots = posts.Select(p => p.AlertId!).ToHashSet(StringComparer.Ordinal);
                var edits = waiting.Where(e => e.EditsAlertId is not null && roots.Contains(e.EditsAlertId)).ToArray();
                var stories = new List<BacklogStory>(posts.Length);
                foreach (var post in posts)
                {
                    var alert = await alerts.GetAsync(post.AlertId!, cancellationToken);
                    var later = edits.Where(e => e.EditsAlertId == post.AlertId).ToArray();
                    var latest = later.Length == 0 ? post.Document : later[^1].Document;
                    stories.Add(new BacklogStory(alert is { Topics.Count: > 0 } ? alert.Topics[0] : NoTopic, latest, later.Length));
                }

                var digests = BacklogDigestBuilder.Build(channel, posts[0].Id, stories, options.DigestStories, now);
                var ids = posts.Concat(edits).Select(e => e.Id).ToArray();
                if (await outbox.MergeAsync(ids, digests, claimant, cancellationToken))
                {
                    merged += ids.Length;
                    logger.LogInformation("Merged {Count} waiting entries for {Channel} into {Digests} digest messages",
                        ids.Length, channel, digests.Count);
                }
            }
            finally
            {
                await outbox.ReleaseClaimsAsync(claimant, cancellationToken);
            }
        }

        return merged;
    }
}
