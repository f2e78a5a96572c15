using System.Globalization;
using System.Text;

namespace DeploymentWatch.Domain.Evaluation;

/// <summary>The report as a readable table, then one line per error with its file and sentence.</summary>
public static class EvaluationTextRenderer
{
    public static string Render(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"score",-26} {"precision",9} {"recall",9} {"f1",9} {"matched",8} {"predicted",9} {"gold",6}");
        Row(sb, "topics (micro)", report.TopicsMicro, withF1: true);
        foreach (var (id, score) in report.Topics)
        {
            Row(sb, "  " + id, score, withF1: true);
        }

        Row(sb, "figures", report.Figures, withF1: true);
        Row(sb, "figures (value only)", report.FiguresValueOnly, withF1: true);
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"figures qualifier accuracy",-26} {report.QualifierAccuracy,9:0.000}");
        Row(sb, "stories (pairs)", report.Stories, withF1: false);

        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"errors: {report.Errors.Count}");
        foreach (var e in report.Errors)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {e.Area} {e.Kind,-11} {e.File}: {e.Detail}");
            if (e.Sentence is not null)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"      \"{e.Sentence}\"");
            }
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, PrecisionRecall s, bool withF1)
    {
        var f1 = withF1 ? s.F1.ToString("0.000", CultureInfo.InvariantCulture) : "";
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-26} {s.Precision,9:0.000} {s.Recall,9:0.000} {f1,9} {s.Matched,8} {s.Predicted,9} {s.Gold,6}");
    }
}
