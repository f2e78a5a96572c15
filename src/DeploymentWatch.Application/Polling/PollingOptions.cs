using System.ComponentModel.DataAnnotations;

namespace DeploymentWatch.Application.Polling;

/// <summary>Configuration section "Polling": how many feeds are read at once and how politely per host.</summary>
public sealed class PollingOptions
{
    public const string SectionName = "Polling";

    /// <summary>Feeds fetched and analysed at the same time.</summary>
    [Range(1, 256, ErrorMessage = "Polling:Parallelism must be between 1 and 256.")]
    public int Parallelism { get; set; } = 8;

    /// <summary>Requests in flight to one host at most.</summary>
    [Range(1, 32, ErrorMessage = "Polling:MaxPerHost must be between 1 and 32.")]
    public int MaxPerHost { get; set; } = 2;

    /// <summary>Least time between the starts of two requests to one host.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Polling:HostSpacing must be between 0 and 1 minute.")]
    public TimeSpan HostSpacing { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long a claim on a feed lasts without renewal: a poller renews its claims every third of it while it
    /// works, so after a crash the feeds are polled again within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00", ErrorMessage = "Polling:ClaimLease must be between 30 seconds and 1 hour.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Feeds claimed by one tick at most; the rest wait for the next tick.</summary>
    [Range(1, 100_000, ErrorMessage = "Polling:MaxFeedsPerTick must be between 1 and 100000.")]
    public int MaxFeedsPerTick { get; set; } = 5_000;

    /// <summary>Items stored per planning transaction at most (the write lock is held that long).</summary>
    [Range(1, 100_000, ErrorMessage = "Polling:MaxItemsPerBatch must be between 1 and 100000.")]
    public int MaxItemsPerBatch { get; set; } = 200;

    /// <summary>/healthz reports polling as stuck when one feed's poll has run longer than this.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "Polling:StuckAfter must be between 10 seconds and 1 hour.")]
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(5);
}
