using System.Globalization;
using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Application.Commands;

/// <summary>The most recent alerts, newest first, as a short list with outlet, date and link.</summary>
public sealed class LatestReplyBuilder(IAlertStore alerts)
{
    public const int Count = 5;

    public async Task<MessageDocument> BuildAsync(string? topic, CancellationToken cancellationToken)
    {
        var latest = await alerts.LatestAsync(topic, Count, cancellationToken);
        var scope = topic is null ? "all topics" : topic;
        if (latest.Count == 0)
        {
            return MessageDocument.Plain($"Latest alerts ({scope})", "No alerts yet.");
        }

        return new MessageDocument(
            $"Latest alerts ({scope})",
            $"The {latest.Count} most recent.",
            latest.Select(Field).ToArray());
    }

    private static MessageField Field(Alert alert)
    {
        var when = (alert.Published ?? alert.CreatedAt).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        var link = alert.Link is null ? string.Empty : "\n" + alert.Link.AbsoluteUri;
        return new MessageField(alert.Title, $"{alert.Outlet ?? "unknown outlet"} · {when} · {string.Join(", ", alert.Topics)}{link}");
    }
}
