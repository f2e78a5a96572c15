using DeploymentWatch.Application.Dashboard;
using Prometheus;

namespace DeploymentWatch.Web;

/// <summary>
/// GET /metrics in the Prometheus text format: the bot's System.Diagnostics.Metrics instruments (polls, failures,
/// items, alerts, deliveries by outcome, 429s, commands, latency histograms) through
/// <see cref="PrometheusMeterBridge"/>, plus the outbox backlog per platform, read from the store at scrape time.
/// </summary>
internal static class MetricsEndpoint
{
    // Besides ours (exported by the bridge), the HTTP server's request metrics; the runtime's internal meters
    // (QUIC and the like) are noise.
    private const string HostingMeter = "Microsoft.AspNetCore.Hosting";

    private static readonly Gauge Backlog = Prometheus.Metrics.CreateGauge(
        "deploymentwatch_outbox_backlog", "Undelivered outbox entries per platform, read at scrape time", "platform");

    private static int listening;
    private static PrometheusMeterBridge? bridge;

    /// <summary>
    /// Starts exporting the meters, once per process: called at start-up, because a measurement made before the
    /// listener exists is lost (the first cycle runs before the first scrape).
    /// </summary>
    public static void StartListening()
    {
        if (Interlocked.Exchange(ref listening, 1) == 0)
        {
            Prometheus.Metrics.ConfigureMeterAdapter(options => options.InstrumentFilterPredicate = instrument => instrument.Meter.Name == HostingMeter);
            bridge = new PrometheusMeterBridge(Prometheus.Metrics.DefaultRegistry);
        }
    }

    public static async Task WriteAsync(HttpContext context, IDashboardStore dashboard, CancellationToken cancellationToken)
    {
        var pending = (await dashboard.OutboxBacklogAsync(cancellationToken))
            .GroupBy(b => b.Channel.Platform, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(b => b.Pending), StringComparer.Ordinal);
        foreach (var labels in Backlog.GetAllLabelValues().Where(l => !pending.ContainsKey(l[0])))
        {
            Backlog.WithLabels(labels).Set(0);
        }

        foreach (var (platform, count) in pending)
        {
            Backlog.WithLabels(platform).Set(count);
        }

        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await Prometheus.Metrics.DefaultRegistry.CollectAndExportAsTextAsync(context.Response.Body, cancellationToken);
    }
}
