namespace DeploymentWatch.Application.Polling;

/// <summary>
/// Which feeds to claim: those of <paramref name="FeedIds"/> due at <paramref name="Now"/> (any, when
/// <paramref name="IgnoreSchedule"/>: `run --once`), at most <paramref name="Limit"/>, for <paramref name="Owner"/>
/// until <paramref name="Now"/> + <paramref name="Lease"/>.
/// </summary>
public sealed record FeedClaimRequest(
    IReadOnlyCollection<string> FeedIds,
    string Owner,
    DateTimeOffset Now,
    TimeSpan Lease,
    bool IgnoreSchedule,
    int Limit);
