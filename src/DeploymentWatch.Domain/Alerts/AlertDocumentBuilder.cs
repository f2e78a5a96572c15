using System.Globalization;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Alerts;

/// <summary>Turns an alert into the platform-neutral message every channel renders.</summary>
public sealed class AlertDocumentBuilder
{
    // The invariant culture's abbreviations, which "d MMM yyyy" printed.
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private readonly ProfileSet _profiles;

    // The profiles' answers by name, looked up once here instead of by a search per figure and alert: a source id
    // or display name → its display name, a topic id → its profile (case-insensitive, the first in order wins, as
    // ProfileSet.FindSource and FindTopic do).
    private readonly Dictionary<string, string> _sourceNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TopicProfile> _topics = new(StringComparer.OrdinalIgnoreCase);

    public AlertDocumentBuilder(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = profiles;
        foreach (var source in profiles.Sources)
        {
            if (source.Id is not null)
            {
                _sourceNames.TryAdd(source.Id, source.DisplayName ?? source.Id);
            }

            if (source.DisplayName is not null)
            {
                _sourceNames.TryAdd(source.DisplayName, source.DisplayName);
            }
        }

        foreach (var topic in profiles.Topics)
        {
            if (topic.Id is not null)
            {
                _topics.TryAdd(topic.Id, topic);
            }
        }
    }

    public MessageDocument Build(Alert alert, IReadOnlyList<string>? headlines = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var fields = new List<MessageField>(3)
        {
            new("Topics", string.Join(", ", alert.Topics), Inline: true),
        };

        if (alert.Figures.Count > 0)
        {
            var lines = new string[alert.Figures.Count];
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = FormatFigure(alert.Figures[i]);
            }

            fields.Add(new MessageField("Figures", string.Join('\n', lines)));
        }

        if (alert.MatchedTerms.Count > 0)
        {
            fields.Add(new MessageField("Why", string.Join(", ", alert.MatchedTerms), Inline: true));
        }

        var summary = string.Join(' ', alert.Summary);
        return new MessageDocument(
            Title: alert.Title,
            Text: headlines is { Count: > 0 } ? string.Join('\n', headlines) + "\n\n" + summary : summary,
            Fields: fields,
            Link: alert.Link,
            Colour: Colour(alert.Topics),
            Footer: Footer(alert.Outlet, alert.Published),
            Timestamp: alert.Published);
    }

    /// <summary>"NIS: about 300 killed".</summary>
    public string FormatFigure(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var sources = figure.Sources.Count switch
        {
            0 => string.Empty,
            1 => SourceName(figure.Sources[0]),
            _ => string.Join(", ", SourceNames(figure.Sources)),
        };
        return string.Concat(sources, ": ", figure.FormatValue(), " ", figure.Metric.ToLabel());
    }

    public static string Footer(string? outlet, DateTimeOffset? published)
    {
        if (published is not { } date)
        {
            return outlet ?? "DeploymentWatch";
        }

        // "d MMM yyyy" in the invariant culture, without a format string to parse per alert.
        return outlet is null
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year:D4}")
            : string.Create(CultureInfo.InvariantCulture, $"{outlet} · {date.Day} {Months[date.Month - 1]} {date.Year:D4}");
    }

    private string SourceName(string id) => id is not null && _sourceNames.TryGetValue(id, out var name) ? name : _profiles.SourceName(id!);

    private string[] SourceNames(IReadOnlyList<string> ids)
    {
        var names = new string[ids.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = SourceName(ids[i]);
        }

        return names;
    }

    // The colour of the first topic the profiles know.
    private int? Colour(IReadOnlyList<string> topics)
    {
        foreach (var topic in topics)
        {
            if (topic is not null && _topics.TryGetValue(topic, out var profile))
            {
                return profile.Colour;
            }
        }

        return null;
    }
}
