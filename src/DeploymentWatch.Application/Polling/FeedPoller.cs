using System.Collections.Concurrent;
using DeploymentWatch.Application.Metrics;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Application.Polling;

/// <summary>
/// One polling cycle: fetch the feeds that are due, take in each new item once, and for each relevant one store
/// the alert, its figures and its outbox entries together. A feed that fails is logged with its reason when it
/// starts failing (not on every retry), backed off, and never stops the others. An article joining a story already
/// alerted is stored as a member of it and sent as an edit of that story's message (<see cref="StoryPlanner"/>).
/// </summary>
public sealed class FeedPoller(
    IFeedReader reader,
    IFeedStateStore feedStates,
    ISeenItemStore seenItems,
    ISubscriptionStore subscriptions,
    IMuteStore mutes,
    ArticleAnalyzer analyzer,
    StoryPlanner stories,
    FeedLocks feedLocks,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    private const int Parallelism = 4;

    /// <summary>Polls the feeds that are due (all of them when <paramref name="ignoreSchedule"/>).</summary>
    public async Task<PollSummary> PollAsync(IReadOnlyList<FeedDefinition> feeds, bool ignoreSchedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var results = new ConcurrentBag<FeedCycleResult>();
        await Parallel.ForEachAsync(
            feeds,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (feed, ct) =>
            {
                var started = time.GetTimestamp();
                var result = await PollFeedAsync(feed, ignoreSchedule, ct);
                if (result is not null)
                {
                    DeploymentWatchMetrics.FeedPolled(result.Failure is not null, result.NewItems, result.Alerts.Count, time.GetElapsedTime(started));
                    results.Add(result);
                }
            });

        var all = results.ToArray();
        return new PollSummary(
            all.Length,
            all.Count(r => r.NotModified),
            all.Where(r => r.Failure is not null).Select(r => r.Failure!).OrderBy(f => f.FeedId, StringComparer.Ordinal).ToArray(),
            all.Sum(r => r.NewItems),
            all.SelectMany(r => r.Alerts).OrderBy(a => a.Published ?? a.CreatedAt).ToArray());
    }

    private async Task<FeedCycleResult?> PollFeedAsync(FeedDefinition feed, bool ignoreSchedule, CancellationToken cancellationToken)
    {
        var gate = feedLocks.For(feed.Id);
        if (!await gate.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            logger.LogDebug("Feed {FeedId} is already being polled; skipping this run", feed.Id);
            return null;
        }

        try
        {
            var state = await feedStates.GetAsync(feed.Id, cancellationToken);
            var now = time.GetUtcNow();
            if (!ignoreSchedule && state.NextAttemptAt is { } next && next > now)
            {
                return null;
            }

            var fetched = await reader.FetchAsync(feed, state, cancellationToken);
            return fetched.Status switch
            {
                FeedFetchStatus.Failed => await RecordFailureAsync(feed, state, fetched.Error ?? "unknown error", cancellationToken),
                FeedFetchStatus.NotModified => await RecordSuccessAsync(feed, state, fetched, null, cancellationToken),
                _ => await RecordSuccessAsync(feed, state, fetched, await TakeInAsync(feed, fetched.Items, cancellationToken), cancellationToken),
            };
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<TakenIn> TakeInAsync(FeedDefinition feed, IReadOnlyList<FeedItem> items, CancellationToken cancellationToken)
    {
        var raised = new List<Alert>();
        var newItems = 0;
        var activeSubscriptions = await subscriptions.ListActiveAsync(cancellationToken);
        foreach (var item in items)
        {
            var article = ArticleBuilder.Build(feed, item);
            var titleKey = ArticleBuilder.TitleKey(article);
            if (await seenItems.IsSeenAsync(feed.Id, article.ItemId, titleKey, cancellationToken))
            {
                continue;
            }

            newItems++;
            var now = time.GetUtcNow();
            var tooOld = feed.MaxAge is { } maxAge && article.Published is { } published && published < now - maxAge;
            if (!tooOld)
            {
                var analysis = analyzer.Analyze(article);
                if (analysis.IsRelevant)
                {
                    var activeMutes = await mutes.ListActiveAsync(null, now, cancellationToken);
                    raised.Add(await stories.PlanAndSaveAsync(analysis, activeSubscriptions, activeMutes, now, cancellationToken));
                }
            }

            // Marked seen only after the alert is stored: a crash in between re-reads the item, and the alert's
            // stable id and outbox keys make that second pass a no-op.
            await seenItems.TryMarkSeenAsync(feed.Id, article.ItemId, titleKey, now, cancellationToken);
        }

        return new TakenIn(newItems, raised);
    }

    private async Task<FeedCycleResult> RecordFailureAsync(FeedDefinition feed, FeedState state, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var failures = state.ConsecutiveFailures + 1;
        var retryAt = now + FeedBackoff.After(feed.Interval ?? TimeSpan.FromMinutes(15), failures);
        if (state.ConsecutiveFailures == 0 || !string.Equals(state.LastError, reason, StringComparison.Ordinal))
        {
            logger.LogWarning("Feed {FeedId} failed: {Reason}; retrying at {RetryAt:u}", feed.Id, reason, retryAt);
        }
        else
        {
            logger.LogDebug("Feed {FeedId} failed again ({Failures} in a row): {Reason}", feed.Id, failures, reason);
        }

        await feedStates.SaveAsync(state with { ConsecutiveFailures = failures, NextAttemptAt = retryAt, LastPolledAt = now, LastError = reason }, cancellationToken);
        return new FeedCycleResult(false, new FeedFailure(feed.Id, reason, retryAt), 0, []);
    }

    private async Task<FeedCycleResult> RecordSuccessAsync(
        FeedDefinition feed, FeedState state, FeedFetchResult fetched, TakenIn? takenIn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (state.ConsecutiveFailures > 0)
        {
            logger.LogInformation("Feed {FeedId} recovered after {Failures} failures", feed.Id, state.ConsecutiveFailures);
        }

        var next = state with
        {
            ETag = fetched.ETag ?? state.ETag,
            LastModified = fetched.LastModified ?? state.LastModified,
            BodyHash = fetched.BodyHash ?? state.BodyHash,
            ConsecutiveFailures = 0,
            NextAttemptAt = now + (feed.Interval ?? TimeSpan.FromMinutes(15)),
            LastPolledAt = now,
            LastError = null,
        };
        await feedStates.SaveAsync(next, cancellationToken);
        return new FeedCycleResult(takenIn is null, null, takenIn?.NewItems ?? 0, takenIn?.Alerts ?? []);
    }

    private sealed record TakenIn(int NewItems, IReadOnlyList<Alert> Alerts);

    private sealed record FeedCycleResult(bool NotModified, FeedFailure? Failure, int NewItems, IReadOnlyList<Alert> Alerts);
}
