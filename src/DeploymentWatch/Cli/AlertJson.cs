using System.Text.Json;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Cli;

/// <summary>The `--output json` shape: one object per alert on one line.</summary>
internal static class AlertJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(Alert alert) => JsonSerializer.Serialize(new
    {
        id = alert.Id,
        title = alert.Title,
        url = alert.Link?.AbsoluteUri,
        outlet = alert.Outlet,
        published = alert.Published,
        topics = alert.Topics,
        summary = string.Join(' ', alert.Summary),
        matchedTerms = alert.MatchedTerms,
        figures = alert.Figures.Select(f => new
        {
            metric = f.Metric.ToId(),
            low = f.Low,
            high = f.High,
            qualifier = f.Qualifier.ToId(),
            sources = f.Sources,
            sentence = f.Sentence,
        }),
    }, Options);
}
