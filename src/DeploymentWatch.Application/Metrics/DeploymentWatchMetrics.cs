using System.Diagnostics;
using System.Diagnostics.Metrics;
using DeploymentWatch.Application.Delivery;

namespace DeploymentWatch.Application.Metrics;

/// <summary>
/// The bot's own instruments, declared with System.Diagnostics.Metrics so the use cases and adapters record them
/// without a metrics package; the host exports them (Prometheus text at /metrics). Static, like the runtime's own
/// meters: a use case records with one call and needs no extra constructor parameter.
/// </summary>
public static class DeploymentWatchMetrics
{
    public const string MeterName = "DeploymentWatch";

    private static readonly Meter Meter = new(MeterName, "1.0");

    private static readonly Counter<long> Polls = Meter.CreateCounter<long>(
        "deploymentwatch.feed.polls", "{poll}", "Feed polls, failed ones included");

    private static readonly Counter<long> PollFailures = Meter.CreateCounter<long>(
        "deploymentwatch.feed.poll_failures", "{poll}", "Feed polls that failed (unreachable, timeout, bad status, malformed)");

    private static readonly Counter<long> Items = Meter.CreateCounter<long>(
        "deploymentwatch.feed.items", "{item}", "Feed items taken in for the first time");

    private static readonly Counter<long> Alerts = Meter.CreateCounter<long>(
        "deploymentwatch.alerts", "{alert}", "Alerts raised (story leads and members)");

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "deploymentwatch.deliveries", "{delivery}", "Outbox sends and edits by platform and outcome");

    private static readonly Counter<long> RateLimits = Meter.CreateCounter<long>(
        "deploymentwatch.rate_limited", "{response}", "HTTP 429 responses from a chat platform");

    private static readonly Counter<long> Commands = Meter.CreateCounter<long>(
        "deploymentwatch.commands", "{command}", "Channel commands by name and platform");

    private static readonly Histogram<double> PollDuration = Meter.CreateHistogram<double>(
        "deploymentwatch.feed.poll.duration", "s", "How long one feed's poll took, fetch and take-in");

    private static readonly Histogram<double> DeliveryDuration = Meter.CreateHistogram<double>(
        "deploymentwatch.delivery.duration", "s", "How long one outbox send or edit took");

    /// <summary>One feed was polled (or failed to be), taking <paramref name="elapsed"/>.</summary>
    public static void FeedPolled(bool failed, int newItems, int alerts, TimeSpan elapsed)
    {
        Polls.Add(1);
        if (failed)
        {
            PollFailures.Add(1);
        }

        Items.Add(newItems);
        Alerts.Add(alerts);
        PollDuration.Record(elapsed.TotalSeconds);
    }

    public static void Delivered(string platform, DeliveryStatus outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "platform", platform }, { "outcome", OutcomeName(outcome) } };
        Deliveries.Add(1, tags);
        DeliveryDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("platform", platform));
    }

    public static void RateLimited(string platform) => RateLimits.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>A command was asked for; <paramref name="command"/> is its grammar name, or "invalid" when it did not parse.</summary>
    public static void CommandReceived(string command, string platform) =>
        Commands.Add(1, new KeyValuePair<string, object?>("command", command), new KeyValuePair<string, object?>("platform", platform));

    private static string OutcomeName(DeliveryStatus outcome) => outcome switch
    {
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.RetryLater => "retry",
        DeliveryStatus.Rejected => "rejected",
        _ => "channel_gone",
    };
}
