using System.CommandLine;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Channels;
using DeploymentWatch.Composition;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Stories;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Cli;

/// <summary>
/// `scan PATH|URL…`: runs the pipeline on feeds, files or folders and prints the alerts it would raise, each in the
/// story it would join among the alerts scanned before it; stores and posts nothing.
/// </summary>
internal static class ScanCommand
{
    private const int ProgressEvery = 64;

    public static Command Create(GlobalOptions global)
    {
        var sources = new Argument<string[]>("sources") { Description = "Feed URLs, feed files, article .txt files or folders", Arity = ArgumentArity.OneOrMore };
        var command = new Command("scan", "Show the alerts the given feeds, files or folders would raise, without storing or posting anything")
        {
            sources, global.Output,
        };
        command.SetAction((parse, ct) => ScanAsync(
            HostPaths.From(parse.GetValue(global.Config), parse.GetValue(global.Data)),
            parse.GetValue(sources) ?? [],
            parse.GetValue(global.Output) == "json",
            ct));
        return command;
    }

    private static async Task<int> ScanAsync(HostPaths paths, string[] sources, bool json, CancellationToken cancellationToken)
    {
        using var services = CliHost.BuildForReading(paths);
        services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        var reader = services.GetRequiredService<CommandLineSources>();
        var analyzer = services.GetRequiredService<ArticleAnalyzer>();
        var documents = services.GetRequiredService<AlertDocumentBuilder>();
        var time = services.GetRequiredService<TimeProvider>();
        var matcher = new StoryMatcher(services.GetRequiredService<IOptions<StoryOptions>>().Value.ToThresholds());
        var vocabulary = StoryVocabulary.From(analyzer.Profiles);
        var scanned = new List<StoryCandidate>();
        var progress = new ProgressBar(Console.Error);
        int items = 0, alerts = 0, failures = 0;
        for (var i = 0; i < sources.Length; i++)
        {
            var (feed, feedItems, error) = await reader.ReadAsync(sources[i], i, cancellationToken);
            if (error is not null)
            {
                await Console.Error.WriteLineAsync($"error: {sources[i]}: {error}");
                failures++;
                continue;
            }

            // Articles are analysed in parallel (the analyzer is thread-safe) and streamed back in order, so stories
            // and output follow the folder's order; no batch waits for its slowest article while the others idle.
            var analyses = feedItems
                .AsParallel()
                .AsOrdered()
                .WithCancellation(cancellationToken)
                .Select(item => analyzer.Analyze(ArticleBuilder.Build(feed, item)));
            var done = 0;
            foreach (var analysis in analyses)
            {
                if (done++ % ProgressEvery == 0)
                {
                    progress.Report(sources[i], done - 1, feedItems.Count);
                }

                items++;
                if (!analysis.IsRelevant)
                {
                    continue;
                }

                alerts++;
                var alert = AlertFactory.Create(analysis, time.GetUtcNow());
                var fingerprint = StoryFingerprint.From(analysis, vocabulary);
                var story = matcher.Match(fingerprint, scanned);
                scanned.Add(new StoryCandidate(alert.Id, fingerprint, story));
                alert = alert with { StoryId = story, Fingerprint = fingerprint };
                progress.Clear();
                await Console.Out.WriteLineAsync(json ? AlertJson.Serialize(alert) : PlainTextRenderer.Render(documents.Build(alert)));
            }

            progress.Clear();
        }

        await Console.Error.WriteLineAsync($"scan: {items} items read, {alerts} alerts, {failures} sources failed.");
        return failures == sources.Length ? 1 : 0;
    }
}
