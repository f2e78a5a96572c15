namespace DeploymentWatch.Application.Polling;

/// <summary>
/// Feed state rows (validators, backoff) and the claims that give each due feed to one poller at a time, across
/// processes: a claim is a lease (claimed_until), so a poller that dies leaves feeds that are claimable again
/// once it runs out. Missing feeds read as <see cref="FeedState.New"/>.
/// </summary>
public interface IFeedStateStore
{
    Task<FeedState> GetAsync(string feedId, CancellationToken cancellationToken);

    /// <summary>Saves the state after a poll and ends its claim.</summary>
    Task SaveAsync(FeedState state, CancellationToken cancellationToken);

    /// <summary>Creates the rows of feeds that have none (a new feeds.yaml entry); existing rows are untouched.</summary>
    Task RegisterAsync(IReadOnlyCollection<string> feedIds, CancellationToken cancellationToken);

    /// <summary>
    /// Claims, in one statement, up to <see cref="FeedClaimRequest.Limit"/> of the request's feeds that are due at
    /// its time (all of them when it ignores the schedule) and not under another live claim; returns their states.
    /// </summary>
    Task<IReadOnlyList<FeedState>> ClaimDueAsync(FeedClaimRequest request, CancellationToken cancellationToken);

    /// <summary>Extends the claims <paramref name="owner"/> still holds on feeds it is working on.</summary>
    Task RenewAsync(IReadOnlyCollection<string> feedIds, string owner, DateTimeOffset claimedUntil, CancellationToken cancellationToken);

    /// <summary>Ends the claims <paramref name="owner"/> holds on these feeds without saving anything.</summary>
    Task ReleaseAsync(IReadOnlyCollection<string> feedIds, string owner, CancellationToken cancellationToken);
}
