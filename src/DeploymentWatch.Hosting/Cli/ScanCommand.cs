using System.Collections.Concurrent;
using System.CommandLine;
using System.Text;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Channels;
using DeploymentWatch.Composition;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Cli;

/// <summary>
/// `scan PATH|URL…`: runs the pipeline on feeds, files or folders and prints the alerts it would raise, each in the
/// story it would join among the alerts scanned before it; stores and posts nothing. The service's `deploymentwatch
/// scan` and the native `deploymentwatch-scan` are this one command.
/// </summary>
internal static class ScanCommand
{
    public const string Description = "Show the alerts the given feeds, files or folders would raise, without storing or posting anything";

    private const int ProgressEvery = 64;

    /// <summary>
    /// Files read per run of a folder: enough to keep both cores busy between runs, few enough that the run's text
    /// dies young instead of surviving collections as a whole folder read up front did.
    /// </summary>
    private const int RunLength = 64;

    public static Command Create(GlobalOptions global)
    {
        var command = new Command("scan", Description);
        Configure(command, global);
        return command;
    }

    /// <summary>Gives <paramref name="command"/> the scan's arguments, options and action (the native build's root command).</summary>
    public static void Configure(Command command, GlobalOptions global)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(global);
        var sources = new Argument<string[]>("sources") { Description = "Feed URLs, feed files, article .txt files or folders", Arity = ArgumentArity.OneOrMore };
        command.Arguments.Add(sources);
        command.Options.Add(global.Output);
        command.SetAction((parse, ct) => ScanAsync(
            HostPaths.From(parse.GetValue(global.Config), parse.GetValue(global.Data)),
            parse.GetValue(sources) ?? [],
            parse.GetValue(global.Output) == "json",
            ct));
    }

    private static async Task<int> ScanAsync(HostPaths paths, string[] sources, bool json, CancellationToken cancellationToken)
    {
        // The ordered loop below consumes on a pool thread (it runs after an await), and the analysis wants a pool
        // thread per core besides it (and, at start, the analyzer's construction beside the first read). The pool
        // starts with one thread per core and adds more only after half a second of starvation, so one core sat idle
        // through most of a folder. This process runs nothing but the scan.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 2), completionPorts);
        using var services = ScanServices.Open(paths);
        var reader = services.Sources;
        var documents = services.Documents;
        var now = TimeProvider.System.GetUtcNow();
        // Indexed by time, as the service's planner holds its look-back: an alert is compared only with the earlier
        // alerts within the story window (and undated ones), not with every alert of the scan.
        var stories = new StoryWindow(new StoryMatcher(services.Stories));
        var progress = new ProgressBar(Console.Error);

        // One buffered writer for the whole run: an alert per write call on the console's auto-flushing writer cost
        // a system call each. Writes are synchronous, so the ordered loop stays on one thread instead of hopping
        // between continuations.
        await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        int items = 0, alerts = 0, failures = 0;

        for (var i = 0; i < sources.Length; i++)
        {
            // A source's alerts are held until all of it has been read: a folder is read a run of files at a time, and
            // a file that cannot be read fails the whole folder, as it does when the service polls it, so nothing of
            // it is printed and the stories it started are forgotten.
            var lines = new List<string>();
            var started = new HashSet<string>(StringComparer.Ordinal);
            var (itemsBefore, alertsBefore) = (items, alerts);
            string? error = null;
            var done = 0;
            await foreach (var run in reader.ReadInRunsAsync(sources[i], i, RunLength, cancellationToken))
            {
                if (run.Error is not null)
                {
                    error = run.Error;
                    break;
                }

                var engine = await services.Engine;

                // Everything that depends on one article alone (analysis, alert, story fingerprint, the text rendering)
                // runs in parallel and streams back in order; only joining stories, which depends on every earlier
                // alert, is sequential, so stories and output follow the folder's order. Load-balanced chunks rather
                // than one range per core, so the order-preserving merge waits on a few small chunks, never on a
                // core's whole range.
                var feed = run.Feed;
                var scans = Partitioner.Create(run.Items.ToArray(), loadBalance: true)
                    .AsParallel()
                    .AsOrdered()
                    .WithCancellation(cancellationToken)
                    .Select(item => ScanItem(engine.Analyzer.AnalyzeRelevant(ArticleBuilder.Build(feed, item)), now, engine.Vocabulary, json ? null : documents));
                foreach (var scan in scans)
                {
                    if (done++ % ProgressEvery == 0)
                    {
                        progress.Report(sources[i], done - 1, run.Total);
                    }

                    items++;
                    if (scan is not { } relevant)
                    {
                        continue;
                    }

                    alerts++;
                    var story = stories.Place(relevant.Fingerprint, relevant.Alert.Id);
                    if (!stories.Contains(relevant.Alert.Id))
                    {
                        stories.Add(new StoryCandidate(relevant.Alert.Id, relevant.Fingerprint, story));
                        started.Add(relevant.Alert.Id);
                    }

                    lines.Add(relevant.Text ?? AlertJson.Serialize(relevant.Alert with { StoryId = story, Fingerprint = relevant.Fingerprint }));
                }
            }

            progress.Clear();
            if (error is not null)
            {
                stories.RemoveWhere(c => started.Contains(c.Id));
                (items, alerts) = (itemsBefore, alertsBefore);
                await output.FlushAsync(cancellationToken);
                await Console.Error.WriteLineAsync($"error: {sources[i]}: {error}");
                failures++;
                continue;
            }

            foreach (var line in lines)
            {
                output.WriteLine(line);
            }
        }

        await output.FlushAsync(cancellationToken);
        await Console.Error.WriteLineAsync($"scan: {items} items read, {alerts} alerts, {failures} sources failed.");
        return failures == sources.Length ? 1 : 0;
    }

    /// <summary>An article's alert, fingerprint and (for text output) rendering; null when it raises no alert.</summary>
    private static ScannedAlert? ScanItem(ArticleAnalysis? analysis, DateTimeOffset now, StoryVocabulary vocabulary, AlertDocumentBuilder? documents)
    {
        if (analysis is null)
        {
            return null;
        }

        var alert = AlertFactory.Create(analysis, now);
        var text = documents is null ? null : PlainTextRenderer.Render(documents.Build(alert));
        return new ScannedAlert(alert, StoryFingerprint.From(analysis, vocabulary), text);
    }

    private sealed record ScannedAlert(Alert Alert, StoryFingerprint Fingerprint, string? Text);
}
