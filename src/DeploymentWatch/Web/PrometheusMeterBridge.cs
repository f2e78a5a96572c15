using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using DeploymentWatch.Application.Metrics;
using Prometheus;

namespace DeploymentWatch.Web;

/// <summary>
/// Turns the bot's System.Diagnostics.Metrics instruments into prometheus-net metrics with Prometheus' own naming:
/// a Counter becomes a counter "…_total" (prometheus-net's generic meter adapter would make it a gauge, which
/// rate() cannot use), a Histogram in seconds a histogram "…_seconds". Tags become labels; a metric is created
/// at its first measurement, once per tag set. One per process, since the meter is static.
/// </summary>
internal sealed class PrometheusMeterBridge : IDisposable
{
    private static readonly double[] LatencyBuckets = Prometheus.Histogram.ExponentialBuckets(0.005, 2, 14);

    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<(Instrument Instrument, string Labels), Collector> metrics = new();
    private readonly CollectorRegistry registry;

    public PrometheusMeterBridge(CollectorRegistry registry)
    {
        this.registry = registry;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DeploymentWatchMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var pairs = tags.ToArray().OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
        var names = pairs.Select(t => t.Key).ToArray();
        var values = pairs.Select(t => t.Value?.ToString() ?? string.Empty).ToArray();
        var metric = metrics.GetOrAdd((instrument, string.Join(',', names)), key => Create(key.Instrument, names));
        switch (metric)
        {
            case Counter counter:
                counter.WithLabels(values).Inc(value);
                break;
            case Prometheus.Histogram histogram:
                histogram.WithLabels(values).Observe(value);
                break;
        }
    }

    private Collector Create(Instrument instrument, string[] labelNames)
    {
        var name = instrument.Name.Replace('.', '_');
        var help = instrument.Description ?? instrument.Name;
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        return instrument is Histogram<double>
            ? factory.CreateHistogram(name + (instrument.Unit == "s" ? "_seconds" : string.Empty), help,
                new HistogramConfiguration { LabelNames = labelNames, Buckets = LatencyBuckets })
            : factory.CreateCounter(name + "_total", help, labelNames);
    }
}
