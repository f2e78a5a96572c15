using System.ComponentModel.DataAnnotations;

namespace DeploymentWatch.Application.Delivery;

/// <summary>Configuration section "Delivery": claim leases, channel pauses and when a backlog becomes digests.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>How long a claim lasts unless renewed; renewed every third of it while the claimant works, so a
    /// crashed instance's entries are due again within this.</summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:10:00", ErrorMessage = "Delivery:ClaimLease must be between 2 seconds and 10 minutes.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a channel is paused after answering "later" again and again (backoff doubles up to it).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "Delivery:MaxPause must be between 10 seconds and 1 day.")]
    public TimeSpan MaxPause { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a platform whose token is missing or dead is paused before one entry tries again.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "Delivery:TokenPause must be between 10 seconds and 1 day.")]
    public TimeSpan TokenPause { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Whether a backlog is merged into digests at all.</summary>
    public bool MergeBacklog { get; set; } = true;

    /// <summary>A channel with at least this many alerts waiting gets digests instead.</summary>
    [Range(2, 100_000, ErrorMessage = "Delivery:BacklogEntries must be between 2 and 100000.")]
    public int BacklogEntries { get; set; } = 20;

    /// <summary>A channel whose oldest waiting alert was queued longer ago than this gets digests instead.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Delivery:BacklogAge must be between 1 minute and 7 days.")]
    public TimeSpan BacklogAge { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Stories per digest message, so that each fits one platform message (Discord: 4,096 characters).</summary>
    [Range(1, 25, ErrorMessage = "Delivery:DigestStories must be between 1 and 25.")]
    public int DigestStories { get; set; } = 15;
}
