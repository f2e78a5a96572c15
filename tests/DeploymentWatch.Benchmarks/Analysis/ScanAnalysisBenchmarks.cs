using BenchmarkDotNet.Attributes;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Benchmarks.Matching;
using DeploymentWatch.Benchmarks.Scan;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Benchmarks.Analysis;

/// <summary>
/// What `scan` does to each article of the generated 2,000-article folder, on one thread: build the article
/// (normalize, canonical link, identity) and analyze it; and building the analyzer from the profiles, which `scan`
/// pays on every start. MB/s counts the folder's article text.
/// <c>dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- --filter '*ScanAnalysisBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(Throughput))]
public class ScanAnalysisBenchmarks
{
    private FeedItem[] _items = [];
    private ProfileSet _profiles = null!;
    private ArticleAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _items = [.. GeneratedArticles.Items];
        _profiles = GeneratedArticles.LoadProfiles();
        _analyzer = new ArticleAnalyzer(_profiles);
    }

    [Benchmark(Description = "ArticleBuilder.Build, 2,000 generated articles")]
    public int Build()
    {
        var length = 0;
        foreach (var item in _items)
        {
            length += ArticleBuilder.Build(GeneratedArticles.Feed, item).Text.Length;
        }

        return length;
    }

    [Benchmark(Baseline = true, Description = "Build + Analyze, 2,000 generated articles")]
    public int BuildAndAnalyze()
    {
        var relevant = 0;
        foreach (var item in _items)
        {
            relevant += _analyzer.Analyze(ArticleBuilder.Build(GeneratedArticles.Feed, item)).IsRelevant ? 1 : 0;
        }

        return relevant;
    }

    [Benchmark(Description = "new ArticleAnalyzer(profiles.yaml)")]
    public ArticleAnalyzer Construct() => new(_profiles);

    /// <summary>The throughput config with the MB/s column counting the generated folder.</summary>
    private sealed class Throughput() : ThroughputConfig(() => GeneratedArticles.Utf8Bytes);
}
