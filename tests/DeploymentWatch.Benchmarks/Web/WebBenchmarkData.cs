using System.Globalization;
using System.Text;
using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Composition;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Benchmarks.Web;

/// <summary>
/// A busy installation's store: feeds (one in ten failing), alerts in stories of three with figures from four
/// sources, 200 channels (some disabled, some muted) and a pending outbox backlog.
/// </summary>
internal static class WebBenchmarkData
{
    private static readonly string[] Sources = ["kr-jcs", "kr-nis", "ua-gov", "us-gov"];
    private static readonly string[] Topics = ["troop-deployment", "casualties", "icbm-satellite"];
    private static readonly DateTimeOffset Start = new(2024, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public static HostPaths WriteConfig(string root, int feeds, string configDirectory)
    {
        var config = Path.Combine(root, "config");
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(config);
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(configDirectory, "profiles.yaml"), Path.Combine(config, "profiles.yaml"));
        var yaml = new StringBuilder("feeds:\n");
        for (var i = 0; i < feeds; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: feed-{i:0000}\n    source: https://news{i}.example/rss\n    interval: 15m\n");
        }

        File.WriteAllText(Path.Combine(config, "feeds.yaml"), yaml.ToString());
        return new HostPaths(config, data);
    }

    public static async Task FillAsync(IServiceProvider services, int alerts, int feeds, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var feedStates = services.GetRequiredService<IFeedStateStore>();
        for (var i = 0; i < feeds; i++)
        {
            var failing = i % 10 == 0;
            await feedStates.SaveAsync(
                new FeedState($"feed-{i:0000}", "\"etag\"", null, "hash", failing ? i % 7 + 1 : 0, now.AddMinutes(15), now.AddMinutes(-i % 15),
                    failing ? "DNS lookup failed for news.example" : null) { LastNewItemAt = now.AddHours(-i % 48) },
                cancellationToken);
        }

        var channels = Enumerable.Range(0, 200).Select(i => new ChannelAddress("discord", "900", (700 + i).ToString(CultureInfo.InvariantCulture))).ToArray();
        var subscriptions = services.GetRequiredService<ISubscriptionStore>();
        var mutes = services.GetRequiredService<IMuteStore>();
        foreach (var (channel, i) in channels.Select((c, i) => (c, i)))
        {
            await subscriptions.UpsertAsync(new Subscription(channel, new HashSet<string>(i % 3 == 0 ? [] : [Topics[i % 3]]), DeliveryMode.Realtime, 8, now,
                i % 25 == 0 ? "Missing Access (50001)" : null), cancellationToken);
            if (i % 10 == 0)
            {
                await mutes.AddAsync(new Mute(channel, "casualties", now.AddHours(6)), cancellationToken);
            }
        }

        var store = services.GetRequiredService<IAlertStore>();
        for (var i = 0; i < alerts; i++)
        {
            var (alert, figures) = Alert(i);
            // The newest 2,000 alerts still wait for ten channels: a real backlog for the overview and /metrics.
            var outbox = i >= alerts - 2_000
                ? channels.Take(10).Select(c => new OutboxEntry(0, $"{alert.Id}:{c}", c, MessageDocument.Plain(alert.Title, "…"), alert.Id, null, 0, now)).ToArray()
                : [];
            await store.SaveAsync(alert, figures, outbox, cancellationToken);
        }
    }

    private static (Alert Alert, FigureReport[] Figures) Alert(int i)
    {
        var id = $"bench-{i:00000}";
        var lead = i % 3 == 0 ? null : $"bench-{i - i % 3:00000}";
        var published = Start.AddHours(i * 1.5);
        var link = new Uri($"https://outlet{i % 40}.example/news/{i}");
        var title = $"North Korean troops in Kursk: report {i} on deployments and casualties";
        var outlet = $"Outlet {i % 40}";
        var figures = Sources.Take(i % 4 + 1).Select((source, n) =>
        {
            var metric = (n % 3) switch { 0 => FigureMetric.Casualties, 1 => FigureMetric.Killed, _ => FigureMetric.Troops };
            var value = 1_000 + (i * 7 + n * 131) % 4_000;
            var sentence = $"{source} said about {value:N0} North Korean soldiers were affected.";
            return (Figure: new Figure(metric, value, value, FigureQualifier.About, [source], n, sentence),
                Report: new FigureReport(source, metric, value, value, FigureQualifier.About, published, id, title, link, outlet, sentence));
        }).ToArray();
        var alert = new Alert(
            id, $"feed-{i % 2000:0000}", $"item-{i}", title, outlet, link, published,
            [Topics[i % 3], Topics[(i + 1) % 3]],
            ["North Korea has sent more troops to Russia's Kursk region, officials said.", "Casualties are mounting, according to the estimates."],
            ["North Korea", "troops", "Kursk"],
            figures.Select(f => f.Figure).ToArray(),
            published,
            lead);
        return (alert, figures.Select(f => f.Report).ToArray());
    }
}
