using System.ComponentModel.DataAnnotations;

namespace DeploymentWatch.Application.Retention;

/// <summary>
/// Configuration section "Retention": how long what the bot has done is kept. A seen item is kept while its feed
/// still lists it (every poll that lists it refreshes it at most once per half horizon) and for
/// <see cref="SeenItems"/> after the feed last listed it, so an item is never taken in twice; delivered outbox rows
/// and alerts are kept at least as long as stories look back (a later article edits its story's first message).
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:SeenItems must be between 1 day and 10 years.")]
    public TimeSpan SeenItems { get; set; } = TimeSpan.FromDays(14);

    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:DeliveredOutbox must be between 1 day and 10 years.")]
    public TimeSpan DeliveredOutbox { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Alerts without figures older than this go; those with figures stay, as the figure history.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:Alerts must be between 1 day and 10 years.")]
    public TimeSpan Alerts { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the pruning job runs.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Retention:Every must be between 1 minute and 7 days.")]
    public TimeSpan Every { get; set; } = TimeSpan.FromHours(1);
}
