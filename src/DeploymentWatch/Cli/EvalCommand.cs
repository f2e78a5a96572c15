using System.CommandLine;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Composition;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Evaluation;
using DeploymentWatch.Domain.Stories;
using DeploymentWatch.Evaluation;
using DeploymentWatch.Feeds.Folders;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Cli;

/// <summary>
/// `eval CORPUS_DIR [--json]`: runs the engine on a labelled corpus (../shared/eval/FORMAT.md) and scores topics,
/// figures and stories against its gold.yaml. Knows no article in advance: any corpus in that format works.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(GlobalOptions global)
    {
        var corpus = new Argument<string>("corpus") { Description = "A folder of article .txt files with gold.yaml (and optionally index.yaml)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (scores and every miss and false alarm)" };
        var min = new Option<string?>("--min")
        {
            Description = "Least scores, e.g. topics=0.95,figures=0.85,stories=0.90 (micro-F1, F1 with sources, story-pair F1): exit 1 below any",
        };
        var command = new Command("eval", "Score topics, figures and stories on a labelled corpus")
        {
            corpus, json, min,
        };
        command.SetAction((parse, ct) => EvaluateAsync(
            HostPaths.From(parse.GetValue(global.Config), parse.GetValue(global.Data)),
            parse.GetValue(corpus)!,
            parse.GetValue(json),
            parse.GetValue(min),
            ct));
        return command;
    }

    private static async Task<int> EvaluateAsync(HostPaths paths, string corpus, bool json, string? min, CancellationToken cancellationToken)
    {
        EvaluationFloors? floors = null;
        try
        {
            floors = min is null ? null : EvaluationFloors.Parse(min);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync($"error: --min: {ex.Message}");
            return 1;
        }

        var folder = Path.GetFullPath(corpus);
        using var host = CliHost.Build(paths, Console.Error);
        host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        IReadOnlyList<GoldArticle> gold;
        IReadOnlyList<FeedItem> items;
        try
        {
            gold = GoldFileReader.Read(Path.Combine(folder, "gold.yaml"));
            items = await host.Services.GetRequiredService<ArticleFolderReader>().ReadAsync(folder, null, cancellationToken);
        }
        catch (Exception ex) when (ex is GoldFileException or ArticleFolderException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }

        var analyzer = host.Services.GetRequiredService<ArticleAnalyzer>();
        var feed = new FeedDefinition("eval", folder, null, null, null);
        var analyses = items.Select(item => (File: item.ItemGuid!, Analysis: analyzer.Analyze(ArticleBuilder.Build(feed, item)))).ToArray();
        // Only alerts are grouped into stories, as the poller does; an undated article stays undated.
        var matcher = new StoryMatcher(host.Services.GetRequiredService<IOptions<StoryOptions>>().Value.ToThresholds().WithTopics(analyzer.Profiles));
        var vocabulary = StoryVocabulary.From(analyzer.Profiles);
        var alerted = analyses.Where(a => a.Analysis.IsRelevant).ToArray();
        var grouped = matcher.Group(alerted.Select(a => new StoryCandidate(a.File, StoryFingerprint.From(a.Analysis, vocabulary))).ToArray());
        var stories = alerted.Select((a, i) => (a.File, Story: grouped[i])).ToDictionary(x => x.File, x => x.Story, StringComparer.Ordinal);
        var predicted = analyses
            .Select(a => new PredictedArticle(
                a.File,
                a.Analysis.MatchedTopics.Select(t => t.TopicId).ToArray(),
                a.Analysis.IsRelevant ? a.Analysis.Figures : [],
                stories.GetValueOrDefault(a.File)))
            .ToArray();
        var report = EvaluationScorer.Score(gold, predicted);
        await Console.Out.WriteLineAsync(json ? EvaluationJsonRenderer.Render(report) : EvaluationTextRenderer.Render(report));
        var shortfalls = floors?.Shortfalls(report) ?? [];
        foreach (var shortfall in shortfalls)
        {
            await Console.Error.WriteLineAsync($"error: {corpus}: below the floor: {shortfall}");
        }

        return shortfalls.Count == 0 ? 0 : 1;
    }
}
