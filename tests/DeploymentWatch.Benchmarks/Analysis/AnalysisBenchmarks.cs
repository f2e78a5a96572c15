using BenchmarkDotNet.Attributes;
using DeploymentWatch.Benchmarks.Matching;
using DeploymentWatch.Benchmarks.Scan;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Benchmarks.Analysis;

/// <summary>
/// The whole analysis of an article, as the pipeline runs it on a fetched item: normalize the HTML body, split,
/// match the topics, extract the figures and summarize. Goal: ≥ 30 MB/s of article text (the MB/s column counts the
/// corpus's plain text, not the markup around it).
/// <c>dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- --filter '*AnalysisBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class AnalysisBenchmarks
{
    private (string Title, string Html)[] _items = [];
    private ArticleAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Every other article opens with its first sentence as the headline, so the headline rules run too.
        _items = BenchmarkCorpus.Articles
            .Select((text, i) => (Title: i % 2 == 0 ? FirstLine(text) : "Regional news", Html: "<p>" + text.Replace("\n", "</p>\n<p>", StringComparison.Ordinal) + "</p>"))
            .ToArray();
        _analyzer = new ArticleAnalyzer(GeneratedArticles.LoadProfiles());
    }

    [Benchmark(Description = "Normalize + analyze (match, extract, summarize)")]
    public int NormalizeAndAnalyze()
    {
        var count = 0;
        for (var i = 0; i < _items.Length; i++)
        {
            var (title, html) = _items[i];
            var article = new Article("bench", "item-" + i, title, TextNormalizer.Normalize(html), "Bench", null, null);
            var analysis = _analyzer.Analyze(article);
            count += analysis.Figures.Count + analysis.Summary.Count;
        }

        return count;
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['.', '\n']);
        return end > 0 ? text[..end] : text;
    }
}
