using System.Text;
using System.Text.Json;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Cli;

/// <summary>
/// The `--output json` shape: one object per alert on one line. `story` is the id of the story's first alert (the
/// alert's own id when it starts one), so other tools can group alerts as the bot does.
/// </summary>
/// <remarks>
/// Written field by field rather than through the reflection serializer, which the native `scan` cannot use; the
/// writer's default encoder and date format are the serializer's, so the bytes are what the serializer wrote.
/// </remarks>
internal static class AlertJson
{
    public static string Serialize(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", alert.Id);
            json.WriteString("story", alert.StoryId ?? alert.Id);
            json.WriteString("title", alert.Title);
            json.WriteString("url", alert.Link?.AbsoluteUri);
            json.WriteString("outlet", alert.Outlet);
            WriteDate(json, "published", alert.Published);
            WriteStrings(json, "topics", alert.Topics);
            json.WriteString("summary", string.Join(' ', alert.Summary));
            WriteStrings(json, "matchedTerms", alert.MatchedTerms);
            json.WriteStartArray("figures");
            foreach (var figure in alert.Figures)
            {
                WriteFigure(json, figure);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteFigure(Utf8JsonWriter json, Figure figure)
    {
        json.WriteStartObject();
        json.WriteString("metric", figure.Metric.ToId());
        json.WriteNumber("low", figure.Low);
        json.WriteNumber("high", figure.High);
        json.WriteString("qualifier", figure.Qualifier.ToId());
        WriteStrings(json, "sources", figure.Sources);
        json.WriteString("sentence", figure.Sentence);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            json.WriteString(name, date);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
