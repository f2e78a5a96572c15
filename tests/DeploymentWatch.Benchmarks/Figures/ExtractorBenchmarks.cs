using BenchmarkDotNet.Attributes;
using DeploymentWatch.Benchmarks.Matching;
using DeploymentWatch.Benchmarks.Scan;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Benchmarks.Figures;

/// <summary>
/// Figure extraction over the generated corpus, on split sentences and from raw text. Goal: ≥ 20 MB/s. Run with the
/// default job (its longer warm-up lets tiered JIT finish; <c>--job short</c> measures half-compiled code):
/// <c>dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- --filter '*ExtractorBenchmarks*'</c>.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class ExtractorBenchmarks
{
    private string[] _articles = [];
    private IReadOnlyList<Sentence>[] _sentences = [];
    private FigureExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkCorpus.Articles.ToArray();
        _sentences = _articles.Select(SentenceSplitter.Split).ToArray();
        // The shipped profiles (sources, speakers, figure vocabulary), so the benchmark runs the words the service runs.
        _extractor = new FigureExtractor(GeneratedArticles.LoadProfiles());
    }

    [Benchmark(Baseline = true, Description = "Extract (split sentences)")]
    public int Extract()
    {
        var count = 0;
        foreach (var sentences in _sentences)
        {
            count += _extractor.Extract(sentences).Count;
        }

        return count;
    }

    [Benchmark(Description = "Split + Extract")]
    public int SplitAndExtract()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _extractor.Extract(SentenceSplitter.Split(article)).Count;
        }

        return count;
    }
}
