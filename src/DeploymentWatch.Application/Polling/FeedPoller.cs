using System.Collections.Concurrent;
using System.Threading.Channels;
using DeploymentWatch.Application.Metrics;
using DeploymentWatch.Application.Retention;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Application.Polling;

/// <summary>
/// One poll: claim the feeds that are due (a lease in the state store, so no other process takes them in at the
/// same time), read them in parallel within the per-host limits, and hand their new items to the story planner,
/// which stores each batch in one transaction as soon as it is ready (delivery, a separate job, sends the first
/// alerts while later feeds are still being read). A feed that fails is logged with its reason when it starts
/// failing (not on every retry), backed off, and never stops the others.
/// </summary>
public sealed class FeedPoller(
    IFeedReader reader,
    IFeedStateStore feedStates,
    ISeenItemStore seenItems,
    ArticleAnalyzer analyzer,
    StoryBatchPlanner planner,
    HostGate hosts,
    PollingActivity activity,
    IOptions<PollingOptions> options,
    IOptions<RetentionOptions> retention,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    // The planner's vocabulary: fingerprints are computed here, outside the planning lock.
    private readonly Domain.Stories.StoryVocabulary _vocabulary = planner.Vocabulary;

    /// <summary>Polls the feeds that are due (all of them when <paramref name="ignoreSchedule"/>) that no one else holds.</summary>
    public async Task<PollSummary> PollAsync(IReadOnlyList<FeedDefinition> feeds, bool ignoreSchedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var settings = options.Value;
        var byId = feeds.ToDictionary(f => f.Id, StringComparer.Ordinal);
        await RegisterAsync(byId.Keys, cancellationToken);
        var claimed = await feedStates.ClaimDueAsync(
            new FeedClaimRequest(byId.Keys, activity.Owner, time.GetUtcNow(), settings.ClaimLease, ignoreSchedule, settings.MaxFeedsPerTick),
            cancellationToken);
        if (claimed.Count == 0)
        {
            activity.PollFinished();
            return new PollSummary(0, 0, [], 0, []);
        }

        var held = new ConcurrentDictionary<string, byte>(claimed.Select(s => KeyValuePair.Create(s.FeedId, (byte)0)), StringComparer.Ordinal);
        var batches = Channel.CreateUnbounded<PendingIntake>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var planning = RunPlannerAsync(batches.Reader, settings.MaxItemsPerBatch, stop.Token);
        var renewing = RenewClaimsAsync(held, settings.ClaimLease, stop.Token);
        var results = new ConcurrentBag<FeedCycleResult>();
        try
        {
            await Parallel.ForEachAsync(
                claimed,
                new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken },
                async (state, ct) =>
                {
                    var started = time.GetTimestamp();
                    var result = await PollFeedAsync(byId[state.FeedId], state, batches.Writer, ct);
                    DeploymentWatchMetrics.FeedPolled(result.Failure is not null, result.NewItems, result.Alerts.Count, time.GetElapsedTime(started));
                    results.Add(result);
                    if (!result.Unrecorded)
                    {
                        // Saved, which ended the claim; an unrecorded feed stays held and is given back below.
                        held.TryRemove(state.FeedId, out _);
                    }
                });
        }
        finally
        {
            batches.Writer.TryComplete();
            await planning;
            await stop.CancelAsync();
            await renewing;
            if (!held.IsEmpty)
            {
                // A poll cut short (an error, a shutdown) gives its unsaved feeds back now rather than at lease end.
                await feedStates.ReleaseAsync(held.Keys.ToArray(), activity.Owner, CancellationToken.None);
            }

            activity.PollFinished();
        }

        var all = results.ToArray();
        return new PollSummary(
            all.Length,
            all.Count(r => r.NotModified),
            all.Where(r => r.Failure is not null).Select(r => r.Failure!).OrderBy(f => f.FeedId, StringComparer.Ordinal).ToArray(),
            all.Sum(r => r.NewItems),
            all.SelectMany(r => r.Alerts).OrderBy(a => a.Published ?? a.CreatedAt).ToArray());
    }

    // Once per feed list per process: creating missing rows is not part of every tick.
    private async Task RegisterAsync(IReadOnlyCollection<string> feedIds, CancellationToken cancellationToken)
    {
        var signature = string.Join('\n', feedIds.Order(StringComparer.Ordinal));
        if (string.Equals(activity.RegisteredFeeds, signature, StringComparison.Ordinal))
        {
            return;
        }

        await feedStates.RegisterAsync(feedIds, cancellationToken);
        activity.RegisteredFeeds = signature;
    }

    private async Task<FeedCycleResult> PollFeedAsync(
        FeedDefinition feed, FeedState state, ChannelWriter<PendingIntake> planner, CancellationToken cancellationToken)
    {
        activity.Started(feed.Id);
        try
        {
            FeedFetchResult fetched;
            using (await hosts.EnterAsync(feed, cancellationToken))
            {
                fetched = await reader.FetchAsync(feed, state, cancellationToken);
            }

            return fetched.Status switch
            {
                FeedFetchStatus.Failed => await RecordFailureAsync(feed, state, fetched.Error ?? "unknown error", cancellationToken),
                FeedFetchStatus.NotModified => await RecordSuccessAsync(feed, state, fetched, null, cancellationToken),
                _ => await RecordSuccessAsync(feed, state, fetched, await TakeInAsync(feed, fetched.Items, planner, cancellationToken), cancellationToken),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A store that cannot take this feed's result now (SQLite's writer busy past its timeout, a dropped
            // connection) must not end the poll of every other feed. What was stored stays stored (seen keys go in
            // with their alerts), its claim is given back so the next poll reads the rest again.
            logger.LogWarning("Feed {FeedId}: its poll could not be recorded ({Reason}); it is polled again next time", feed.Id, ex.Message);
            return new FeedCycleResult(false, new FeedFailure(feed.Id, "not recorded: " + ex.Message, time.GetUtcNow()), 0, []) { Unrecorded = true };
        }
        finally
        {
            activity.Finished(feed.Id);
        }
    }

    private async Task<IntakeResult> TakeInAsync(
        FeedDefinition feed, IReadOnlyList<FeedItem> items, ChannelWriter<PendingIntake> planner, CancellationToken cancellationToken)
    {
        var listed = items.Select(item =>
        {
            var article = ArticleBuilder.Build(feed, item);
            return (Article: article, ItemKey: SeenKey.ForItem(feed.Id, article.ItemId), TitleKey: SeenKey.ForTitle(feed.Id, ArticleBuilder.TitleKey(article)));
        }).ToArray();
        var allKeys = listed.SelectMany(l => l.TitleKey is { } t ? new[] { l.ItemKey, t } : [l.ItemKey]).ToHashSet();
        var seen = await seenItems.FindAsync(allKeys, cancellationToken);
        var now = time.GetUtcNow();
        if (seen.Count > 0)
        {
            // Items still listed stay remembered past the retention horizon (refreshed at most every half horizon).
            await seenItems.RefreshAsync(seen, now, now - retention.Value.SeenItems / 2, cancellationToken);
        }

        var fresh = listed
            .Where(l => !seen.Contains(l.ItemKey) && !(l.TitleKey is { } t && seen.Contains(t)))
            .Select(l =>
            {
                var tooOld = feed.MaxAge is { } maxAge && l.Article.Published is { } published && published < now - maxAge;
                var analysis = tooOld ? null : analyzer.AnalyzeRelevant(l.Article);
                return analysis is not null
                    ? new IntakeItem(l.Article, l.ItemKey, l.TitleKey, analysis) { Fingerprint = StoryFingerprint.From(analysis, _vocabulary) }
                    : new IntakeItem(l.Article, l.ItemKey, l.TitleKey, null);
            })
            .ToArray();
        if (fresh.Length == 0)
        {
            return IntakeResult.Empty;
        }

        var pending = fresh.Chunk(options.Value.MaxItemsPerBatch).Select(chunk => new PendingIntake(chunk)).ToArray();
        foreach (var intake in pending)
        {
            await planner.WriteAsync(intake, cancellationToken);
        }

        var taken = await Task.WhenAll(pending.Select(p => p.Done.Task));
        return new IntakeResult(taken.SelectMany(t => t.NewItemKeys).ToHashSet(), taken.SelectMany(t => t.Alerts).ToArray());
    }

    /// <summary>
    /// The one consumer of the poll's intakes: whatever is waiting (up to the batch size) is planned and stored in one
    /// transaction, so feeds read in parallel are stored in few transactions and the first ones are stored at once.
    /// </summary>
    private async Task RunPlannerAsync(ChannelReader<PendingIntake> intakes, int maxItems, CancellationToken cancellationToken)
    {
        var batch = new List<PendingIntake>();
        try
        {
            while (await intakes.WaitToReadAsync(cancellationToken))
            {
                batch.Clear();
                var count = 0;
                while (count < maxItems && intakes.TryRead(out var intake))
                {
                    batch.Add(intake);
                    count += intake.Items.Count;
                }

                await PlanAsync(batch, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            foreach (var left in batch)
            {
                left.Done.TrySetCanceled(cancellationToken);
            }

            while (intakes.TryRead(out var intake))
            {
                intake.Done.TrySetCanceled(cancellationToken);
            }
        }
    }

    private async Task PlanAsync(IReadOnlyList<PendingIntake> batch, CancellationToken cancellationToken)
    {
        try
        {
            var items = batch.SelectMany(b => b.Items).ToArray();
            var result = await planner.TakeInAsync(items, cancellationToken);
            foreach (var intake in batch)
            {
                intake.Done.TrySetResult(batch.Count == 1 ? result : result.For(intake.Items));
            }
        }
#pragma warning disable CA1031 // Handed to every feed of the batch, which records it as that feed's failure.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            foreach (var intake in batch)
            {
                intake.Done.TrySetException(ex);
            }
        }
    }

    private async Task RenewClaimsAsync(ConcurrentDictionary<string, byte> held, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(lease / 3, time, cancellationToken);
                var feeds = held.Keys.ToArray();
                try
                {
                    if (feeds.Length > 0)
                    {
                        await feedStates.RenewAsync(feeds, activity.Owner, time.GetUtcNow() + lease, cancellationToken);
                    }
                }
#pragma warning disable CA1031 // A missed renewal is retried at the next third of the lease; it must not end the poll.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    logger.LogWarning("Renewing {Count} feed claims failed: {Reason}", feeds.Length, ex.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The poll is over; its claims ended with each feed's saved state.
        }
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
        FeedDefinition feed, FeedState state, FeedFetchResult fetched, IntakeResult? takenIn, CancellationToken cancellationToken)
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
            LastNewItemAt = takenIn is { NewItems: > 0 } ? now : null,
        };
        await feedStates.SaveAsync(next, cancellationToken);
        return new FeedCycleResult(takenIn is null, null, takenIn?.NewItems ?? 0, takenIn?.Alerts ?? []);
    }

    private sealed record PendingIntake(IReadOnlyList<IntakeItem> Items)
    {
        public TaskCompletionSource<IntakeResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record FeedCycleResult(bool NotModified, FeedFailure? Failure, int NewItems, IReadOnlyList<Alert> Alerts)
    {
        /// <summary>The store refused the feed's result: its claim is released rather than ended by a save.</summary>
        public bool Unrecorded { get; init; }
    }
}
