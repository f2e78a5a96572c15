using System.CommandLine;
using System.Globalization;
using System.Text;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Composition;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Cli;

/// <summary>
/// `explain FILE|URL`: the tool a user tunes a profile with. Shows each topic's score against its threshold with the
/// terms found, the summary sentences, and every figure with its source and sentence.
/// </summary>
internal static class ExplainCommand
{
    public const int MaxItems = 20;

    public static Command Create(GlobalOptions global)
    {
        var source = new Argument<string>("source") { Description = "An article .txt file, a folder, a feed file or a feed URL" };
        var command = new Command("explain", "Show why an article matches (or not): terms, scores against thresholds, summary and figures")
        {
            source,
        };
        command.SetAction((parse, ct) => ExplainAsync(HostPaths.From(parse.GetValue(global.Config), parse.GetValue(global.Data)), parse.GetValue(source)!, ct));
        return command;
    }

    private static async Task<int> ExplainAsync(HostPaths paths, string source, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(paths, Console.Error);
        host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        var (feed, items, error) = await host.Services.GetRequiredService<CommandLineSources>().ReadAsync(source, 0, cancellationToken);
        if (error is not null)
        {
            await Console.Error.WriteLineAsync($"error: {source}: {error}");
            return 1;
        }

        var analyzer = host.Services.GetRequiredService<ArticleAnalyzer>();

        // One extractor for the rejected numbers of every item: building one compiles its automata.
        var extractor = new FigureExtractor(analyzer.Profiles);
        foreach (var item in items.Take(MaxItems))
        {
            var analysis = analyzer.Analyze(ArticleBuilder.Build(feed, item));
            var rejections = extractor.Extract(analysis.Sentences, analysis.Article.Title).Rejections;
            await Console.Out.WriteAsync(Render(analysis, analyzer.Profiles, rejections));
        }

        if (items.Count > MaxItems)
        {
            await Console.Out.WriteLineAsync($"({items.Count - MaxItems} more items not shown)");
        }

        return 0;
    }

    private static string RuleName(AttributionRule rule) => rule switch
    {
        AttributionRule.InSentence => "named in the sentence (speaker, \"according to\", \"briefed by\")",
        AttributionRule.Citing => "the source the sentence cites (\"citing …\")",
        AttributionRule.HeadlineEdge => "named at the headline's edge (\"NIS: …\", \"…: spy agency\")",
        AttributionRule.CarriedFromBefore => "carried from the sentence before (\"it said\", a quote)",
        AttributionRule.NextSentence => "named in the next sentence (\"This was stated by …\")",
        AttributionRule.Headline => "from the headline that gives the same figure",
        _ => "none named: the outlet's own statement",
    };

    internal static string Render(ArticleAnalysis analysis, ProfileSet profiles, IReadOnlyList<FigureRejection>? rejections = null)
    {
        var sb = new StringBuilder();
        var article = analysis.Article;
        sb.AppendLine(CultureInfo.InvariantCulture, $"# {article.Title}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  {article.Outlet ?? "unknown outlet"} · {article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"} · {analysis.Sentences.Count} sentences · {article.Link?.AbsoluteUri ?? article.ItemId}");
        sb.AppendLine();
        sb.AppendLine("Topics (score = supporting sentences, those in the headline or lead count twice):");
        foreach (var topic in analysis.Topics)
        {
            var verdict = topic.IsMatch ? "MATCH" : topic.ReachesThreshold ? "no match: nothing in the headline or lead" : "no match";
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {topic.TopicId,-18} {topic.Score,3} / threshold {topic.Threshold,-3} {verdict}");
            if (topic.SupportingSentences.Count > 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"    supporting sentences: {string.Join(", ", topic.SupportingSentences.Select(SentenceName))}");
                sb.AppendLine(CultureInfo.InvariantCulture, $"    in the lead: {(topic.LeadSentences.Count == 0 ? "none" : string.Join(", ", topic.LeadSentences.Select(SentenceName)))}");
            }

            foreach (var group in topic.Hits.GroupBy(h => h.Role))
            {
                var terms = group.GroupBy(h => h.Label, StringComparer.OrdinalIgnoreCase).Select(g => $"{g.Key} ×{g.Count()}");
                sb.AppendLine(CultureInfo.InvariantCulture, $"    {RoleName(group.Key)}: {string.Join(", ", terms)}");
            }
        }

        sb.AppendLine();
        sb.AppendLine("Summary:");
        foreach (var sentence in analysis.Summary)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  - {sentence}");
        }

        if (analysis.Summary.Count == 0)
        {
            sb.AppendLine("  (none: no topic matched)");
        }

        sb.AppendLine();
        sb.AppendLine("Figures:");
        foreach (var figure in analysis.Figures)
        {
            var sources = string.Join(", ", figure.Sources.Select(s => $"{profiles.SourceName(s)} [{s}]"));
            sb.AppendLine(CultureInfo.InvariantCulture, $"  - {figure.Metric.ToId()}: {figure.FormatValue()} ({figure.Qualifier.ToId()}) — {sources}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"    source: {RuleName(figure.Rule)}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"    sentence {figure.SentenceIndex + 1}: {figure.Sentence}");
        }

        if (analysis.Figures.Count == 0)
        {
            sb.AppendLine("  (none)");
        }

        if (rejections is { Count: > 0 })
        {
            sb.AppendLine();
            sb.AppendLine("Numbers read but not taken as figures:");
            foreach (var rejection in rejections)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  - \"{rejection.Number}\" (sentence {rejection.SentenceIndex + 1}): {rejection.Reason}");
            }
        }

        sb.AppendLine();
        return sb.ToString();
    }

    private static string SentenceName(int index) =>
        index == ArticleAnalyzer.TitleSentence ? "title" : (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string RoleName(TermRole role) => role switch
    {
        TermRole.Entity => "entities",
        TermRole.Trigger => "triggers",
        TermRole.Context => "context",
        TermRole.Ignore => "ignored phrases",
        TermRole.Other => "other actors",
        _ => "exclusions",
    };
}
