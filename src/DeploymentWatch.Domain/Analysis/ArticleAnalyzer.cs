using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Domain.Summaries;

namespace DeploymentWatch.Domain.Analysis;

/// <summary>
/// The engine in one call: split, classify, extract figures, summarize. Built once per profile set (the matcher is
/// compiled in the constructor) and safe to share between threads.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly TopicClassifier _classifier;
    private readonly FigureExtractor _extractor;

    public ArticleAnalyzer(ProfileSet profiles, Func<IReadOnlyList<string>, ITermMatcher>? matcherFactory = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        Profiles = profiles;
        _classifier = new TopicClassifier(profiles, matcherFactory);
        _extractor = new FigureExtractor(profiles);
    }

    public ProfileSet Profiles { get; }

    public ArticleAnalysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = SentenceSplitter.Split(article.Text);
        var topics = _classifier.Classify(article.Text, sentences);
        var matched = topics.Where(t => t.IsMatch).ToArray();

        // Figures are only worth keeping from on-topic articles; an article about other wars reports other counts.
        var figures = matched.Length == 0 ? [] : _extractor.Extract(sentences);
        var summary = matched.Length == 0 ? [] : Summarizer.Summarize(sentences, matched, figures);
        return new ArticleAnalysis(article, sentences, topics, figures, summary);
    }
}
