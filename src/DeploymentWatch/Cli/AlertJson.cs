using System.Text.Json;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Cli;

/// <summary>
/// The `--output json` shape: one object per alert on one line. `story` is the id of the story's first alert (the
/// alert's own id when it starts one), so other tools can group alerts as the bot does.
/// </summary>
internal static class AlertJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(Alert alert) => JsonSerializer.Serialize(new
    {
        id = alert.Id,
        story = alert.StoryId ?? alert.Id,
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
