using System.Globalization;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Alerts;

/// <summary>Turns an alert into the platform-neutral message every channel renders.</summary>
public sealed class AlertDocumentBuilder(ProfileSet profiles)
{
    public MessageDocument Build(Alert alert, IReadOnlyList<string>? headlines = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var fields = new List<MessageField>
        {
            new("Topics", string.Join(", ", alert.Topics), Inline: true),
        };

        if (alert.Figures.Count > 0)
        {
            fields.Add(new MessageField("Figures", string.Join('\n', alert.Figures.Select(FormatFigure))));
        }

        if (alert.MatchedTerms.Count > 0)
        {
            fields.Add(new MessageField("Why", string.Join(", ", alert.MatchedTerms), Inline: true));
        }

        var lead = headlines is { Count: > 0 } ? string.Join('\n', headlines) + "\n\n" : string.Empty;
        var colour = alert.Topics.Select(profiles.FindTopic).FirstOrDefault(t => t is not null)?.Colour;
        return new MessageDocument(
            Title: alert.Title,
            Text: lead + string.Join(' ', alert.Summary),
            Fields: fields,
            Link: alert.Link,
            Colour: colour,
            Footer: Footer(alert.Outlet, alert.Published),
            Timestamp: alert.Published);
    }

    /// <summary>"NIS: about 300 killed".</summary>
    public string FormatFigure(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var sources = string.Join(", ", figure.Sources.Select(profiles.SourceName));
        return $"{sources}: {figure.FormatValue()} {figure.Metric.ToLabel()}";
    }

    public static string Footer(string? outlet, DateTimeOffset? published)
    {
        var when = published?.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return (outlet, when) switch
        {
            (not null, not null) => $"{outlet} · {when}",
            (not null, null) => outlet,
            (null, not null) => when,
            _ => "DeploymentWatch",
        };
    }
}
