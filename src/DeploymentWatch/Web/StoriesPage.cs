using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Web;

/// <summary>
/// GET /stories[?topic=…]: the recent stories, newest first. A story is the article that raised the alert and the
/// later ones that joined it; those outlets are listed as "also reported by".
/// </summary>
internal static class StoriesPage
{
    /// <summary>How many recent alerts are read to build the page: enough for weeks of stories, bounded for speed.</summary>
    public const int AlertWindow = 500;

    public const int MaxStories = 50;

    public static async Task<IResult> RenderAsync(string? topic, IAlertStore alerts, ProfileSet profiles, CancellationToken cancellationToken)
    {
        var known = profiles.FindTopic(topic ?? string.Empty);
        if (!string.IsNullOrEmpty(topic) && known is null)
        {
            return PageLayout.Page("Stories", "/stories", html =>
            {
                html.Element("p", $"Unknown topic '{topic}'. Topics: {string.Join(", ", profiles.Topics.Select(t => t.Id))}.", "bad");
                TopicFilter(html, profiles, null);
            }, StatusCodes.Status404NotFound);
        }

        var recent = await alerts.LatestAsync(known?.Id, AlertWindow, cancellationToken);
        var byStory = recent.Where(a => a.StoryId is not null).ToLookup(a => a.StoryId!, StringComparer.Ordinal);
        var stories = recent
            .GroupBy(a => a.StoryId ?? a.Id, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(a => a.Id == g.Key) ?? g.MinBy(a => a.CreatedAt)!)
            .Select(lead => (Lead: lead, Members: byStory[lead.StoryId ?? lead.Id].Where(a => a.Id != lead.Id).ToArray()))
            .OrderByDescending(s => s.Lead.Published ?? s.Lead.CreatedAt)
            .Take(MaxStories)
            .ToArray();

        return PageLayout.Page(known is null ? "Stories" : $"Stories: {known.Id}", "/stories", html =>
        {
            TopicFilter(html, profiles, known?.Id);
            if (stories.Length == 0)
            {
                html.Element("p", "No stories yet.", "muted");
            }

            foreach (var (lead, members) in stories)
            {
                Story(html, lead, members, profiles);
            }
        });
    }

    private static void TopicFilter(HtmlWriter html, ProfileSet profiles, string? current)
    {
        html.Tag("<form class=\"filter\" method=\"get\" action=\"/stories\"><label>Topic <select name=\"topic\">")
            .Tag("<option value=\"\">all topics</option>");
        foreach (var topic in profiles.Topics)
        {
            html.Tag(topic.Id == current ? "<option selected value=\"" : "<option value=\"").Text(topic.Id).Tag("\">").Text(topic.Id).Tag("</option>");
        }

        html.Tag("</select></label> <button type=\"submit\">Filter</button></form>");
    }

    private static void Story(HtmlWriter html, Alert lead, Alert[] members, ProfileSet profiles)
    {
        html.Tag("<article class=\"story\"><h2>").ExternalLink(lead.Link, lead.Title).Tag("</h2><p class=\"muted\">")
            .Text($"{lead.Outlet ?? "unknown outlet"} · {WebFormat.Date(lead.Published ?? lead.CreatedAt)}").Tag("</p><p>");
        foreach (var topic in lead.Topics.Concat(members.SelectMany(m => m.Topics)).Distinct(StringComparer.Ordinal))
        {
            html.Element("span", topic, "topic");
        }

        html.Tag("</p>");
        foreach (var sentence in lead.Summary)
        {
            html.Element("p", sentence);
        }

        if (members.Length > 0)
        {
            html.Tag("<p class=\"also\">Also reported by: ");
            var first = true;
            foreach (var member in members.OrderBy(m => m.Published ?? m.CreatedAt))
            {
                html.Text(first ? string.Empty : "; ").ExternalLink(member.Link, $"{member.Outlet ?? "unknown outlet"}: {member.Title}");
                first = false;
            }

            html.Tag("</p>");
        }

        var figures = lead.Figures.Concat(members.SelectMany(m => m.Figures)).ToArray();
        if (figures.Length > 0)
        {
            html.Tag("<ul class=\"figures\">");
            foreach (var line in figures.Select(f => FigureLine(f, profiles)).Distinct(StringComparer.Ordinal))
            {
                html.Element("li", line);
            }

            html.Tag("</ul>");
        }

        html.Tag("</article>");
    }

    private static string FigureLine(Figure figure, ProfileSet profiles)
    {
        var sources = string.Join(", ", figure.Sources.Select(profiles.SourceName));
        var speaker = figure.Speaker is null ? string.Empty : $" ({figure.Speaker})";
        return $"{sources}{speaker}: {figure.FormatValue()} {figure.Metric.ToLabel()}";
    }
}
