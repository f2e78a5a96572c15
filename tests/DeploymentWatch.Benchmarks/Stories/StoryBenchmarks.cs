using BenchmarkDotNet.Attributes;
using DeploymentWatch.Benchmarks.Matching;
using DeploymentWatch.Benchmarks.Scan;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Benchmarks.Stories;

/// <summary>
/// The story stage of `scan` over the generated folder's alerts (594 of 2,000 articles): each relevant analysis's
/// fingerprint, its placement among the alerts scanned before it, and the alert with its message document.
/// Goals: fingerprints ≥ 3x faster with ≥ 5x fewer bytes than before; matching several times faster.
/// <c>dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- --filter '*StoryBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(Config))]
public class StoryBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 0, 0, 0, TimeSpan.Zero);

    private ArticleAnalysis[] _relevant = [];
    private StoryVocabulary _vocabulary = null!;
    private StoryMatcher _matcher = null!;
    private AlertDocumentBuilder _documents = null!;
    private StoryCandidate[] _scanned = [];

    [GlobalSetup]
    public void Setup()
    {
        var profiles = GeneratedArticles.LoadProfiles();
        var analyzer = new ArticleAnalyzer(profiles);
        _relevant = GeneratedArticles.Analyses(analyzer).Where(a => a.IsRelevant).ToArray();
        _vocabulary = StoryVocabulary.From(profiles);
        _matcher = new StoryMatcher(StoryThresholds.Default);
        _documents = new AlertDocumentBuilder(profiles);
        _scanned = _relevant.Select(a => new StoryCandidate(AlertFactory.AlertId(a.Article.FeedId, a.Article.ItemId), StoryFingerprint.From(a, _vocabulary))).ToArray();
    }

    [Benchmark(Description = "StoryFingerprint.From, every alert")]
    public int Fingerprints()
    {
        var shingles = 0;
        foreach (var analysis in _relevant)
        {
            shingles += StoryFingerprint.From(analysis, _vocabulary).Shingles;
        }

        return shingles;
    }

    /// <summary>Each alert's fingerprint against all before it (fingerprints computed once, in setup): the matcher alone.</summary>
    [Benchmark(Description = "StoryMatcher.Match, each alert against all before it")]
    public int Matching()
    {
        var earlier = new List<StoryCandidate>(_scanned.Length);
        var joined = 0;
        foreach (var candidate in _scanned)
        {
            var story = _matcher.Match(candidate.Fingerprint, earlier);
            joined += story is null ? 0 : 1;
            earlier.Add(candidate with { StoryId = story });
        }

        return joined;
    }

    /// <summary>Each alert placed through the story window, as `scan` and the service's planner place it: compared only with the alerts within the story window.</summary>
    [Benchmark(Description = "StoryWindow.Place + Add, each alert")]
    public int WindowPlacing()
    {
        var window = new StoryWindow(_matcher);
        var joined = 0;
        foreach (var candidate in _scanned)
        {
            var story = window.Place(candidate.Fingerprint, candidate.Id);
            joined += story is null ? 0 : 1;
            window.Add(candidate with { StoryId = story });
        }

        return joined;
    }

    [Benchmark(Description = "AlertFactory.Create + AlertDocumentBuilder.Build, every alert")]
    public int Documents()
    {
        var chars = 0;
        foreach (var analysis in _relevant)
        {
            MessageDocument document = _documents.Build(AlertFactory.Create(analysis, Now));
            chars += document.Footer?.Length ?? 0;
        }

        return chars;
    }

    /// <summary>The whole story stage of `scan` per alert: alert, fresh fingerprint, placement, document.</summary>
    [Benchmark(Description = "Story stage of scan: Create + From + Place + Build")]
    public int StoryStage()
    {
        var window = new StoryWindow(_matcher);
        var chars = 0;
        foreach (var analysis in _relevant)
        {
            var alert = AlertFactory.Create(analysis, Now);
            var fingerprint = StoryFingerprint.From(analysis, _vocabulary);
            var story = window.Place(fingerprint, alert.Id);
            window.Add(new StoryCandidate(alert.Id, fingerprint, story));
            chars += _documents.Build(alert with { StoryId = story, Fingerprint = fingerprint }).Text.Length;
        }

        return chars;
    }

    /// <summary>The throughput config with the MB/s column counting the generated folder.</summary>
    private sealed class Config() : ThroughputConfig(() => GeneratedArticles.FolderBytes);
}
