using DeploymentWatch.Domain.Alerts;

namespace DeploymentWatch.Application.Polling;

/// <summary>What one polling cycle did, for the `run --once` summary line and `--output json`.</summary>
public sealed record PollSummary(
    int FeedsPolled,
    int FeedsNotModified,
    IReadOnlyList<FeedFailure> Failures,
    int NewItems,
    IReadOnlyList<Alert> Alerts);
