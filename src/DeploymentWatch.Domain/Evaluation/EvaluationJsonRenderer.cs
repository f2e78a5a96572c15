using System.Buffers;
using System.Text;
using System.Text.Json;

namespace DeploymentWatch.Domain.Evaluation;

/// <summary>
/// The report as JSON for scripts: <c>topics.micro.{precision,recall,f1}</c>, <c>topics.&lt;id&gt;.{…}</c>,
/// <c>figures.{precision,recall,f1}</c>, <c>figures.valueOnly.{…}</c>, <c>figures.qualifierAccuracy</c>,
/// <c>stories.{precision,recall}</c> and <c>errors</c>; every score object also carries its counts.
/// </summary>
public static class EvaluationJsonRenderer
{
    public static string Render(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("topics");
            WriteScore(json, "micro", report.TopicsMicro, withF1: true);
            foreach (var (id, score) in report.Topics)
            {
                WriteScore(json, id, score, withF1: true);
            }

            json.WriteEndObject();

            json.WriteStartObject("figures");
            WriteFields(json, report.Figures, withF1: true);
            WriteScore(json, "valueOnly", report.FiguresValueOnly, withF1: true);
            json.WriteNumber("qualifierAccuracy", Math.Round(report.QualifierAccuracy, 4));
            json.WriteEndObject();

            WriteScore(json, "stories", report.Stories, withF1: false);

            json.WriteStartArray("errors");
            foreach (var e in report.Errors)
            {
                json.WriteStartObject();
                json.WriteString("area", e.Area);
                json.WriteString("kind", e.Kind);
                json.WriteString("file", e.File);
                json.WriteString("detail", e.Detail);
                if (e.Sentence is null)
                {
                    json.WriteNull("sentence");
                }
                else
                {
                    json.WriteString("sentence", e.Sentence);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteScore(Utf8JsonWriter json, string name, PrecisionRecall score, bool withF1)
    {
        json.WriteStartObject(name);
        WriteFields(json, score, withF1);
        json.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter json, PrecisionRecall score, bool withF1)
    {
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        if (withF1)
        {
            json.WriteNumber("f1", Math.Round(score.F1, 4));
        }

        json.WriteNumber("matched", score.Matched);
        json.WriteNumber("predicted", score.Predicted);
        json.WriteNumber("gold", score.Gold);
    }
}
