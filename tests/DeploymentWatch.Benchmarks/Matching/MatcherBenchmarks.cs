using BenchmarkDotNet.Attributes;
using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Benchmarks.Matching;

/// <summary>
/// Term matching over the whole generated corpus (one pass = every article), with the shipped profile size and
/// with 1,000 aliases: the Aho-Corasick matcher, the per-term reference matcher and the naive Regex baseline.
/// Goals: Aho-Corasick ≥ 100 MB/s with 1,000 aliases and ≥ 10× the Regex baseline. Run (about 2 minutes):
/// <c>dotnet run -c Release --project tests/DeploymentWatch.Benchmarks -- --filter '*MatcherBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class MatcherBenchmarks
{
    private string[] _articles = [];
    private string[] _folded = [];
    private AhoCorasickTermMatcher _ahoCorasick = null!;
    private ReferenceTermMatcher _reference = null!;
    private RegexBaselineMatcher _regex = null!;

    [Params("shipped", "1000")]
    public string Terms { get; set; } = "shipped";

    [GlobalSetup]
    public void Setup()
    {
        var terms = Terms == "1000" ? BenchmarkTerms.Thousand : BenchmarkTerms.Shipped;
        _articles = BenchmarkCorpus.Articles.ToArray();
        _folded = _articles.Select(TextFolder.Fold).ToArray();
        _ahoCorasick = new AhoCorasickTermMatcher(terms);
        _reference = new ReferenceTermMatcher(terms);
        _regex = new RegexBaselineMatcher(terms);
    }

    [Benchmark(Baseline = true, Description = "Regex per keyword")]
    public int RegexPerKeyword()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _regex.CountAll(article);
        }

        return count;
    }

    [Benchmark(Description = "Reference (IndexOf per term)")]
    public int Reference()
    {
        var count = 0;
        foreach (var article in _folded)
        {
            count += _reference.FindAll(article).Count;
        }

        return count;
    }

    [Benchmark(Description = "Aho-Corasick")]
    public int AhoCorasick()
    {
        var count = 0;
        foreach (var article in _folded)
        {
            count += _ahoCorasick.FindAll(article).Count;
        }

        return count;
    }

    [Benchmark(Description = "Fold + Aho-Corasick")]
    public int FoldAndAhoCorasick()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += _ahoCorasick.FindAll(TextFolder.Fold(article)).Count;
        }

        return count;
    }
}
