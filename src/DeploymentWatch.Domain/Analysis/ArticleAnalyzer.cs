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
    /// <summary>The sentence index topic scores give the headline when it was classified with the body.</summary>
    public const int TitleSentence = -1;

    private readonly TopicClassifier _classifier;
    private readonly FigureExtractor _extractor;

    public ArticleAnalyzer(ProfileSet profiles, Func<IReadOnlyList<string>, ITermMatcher>? matcherFactory = null)
        : this(profiles, new TopicClassifier(profiles, matcherFactory), new FigureExtractor(profiles))
    {
    }

    /// <summary>
    /// An analyzer from a classifier and an extractor built from <paramref name="profiles"/> elsewhere: each compiles
    /// its own automata, so a caller that starts cold can build them on two cores at once.
    /// </summary>
    public ArticleAnalyzer(ProfileSet profiles, TopicClassifier classifier, FigureExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(extractor);
        Profiles = profiles;
        _classifier = classifier;
        _extractor = extractor;
    }

    public ProfileSet Profiles { get; }

    public ArticleAnalysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Analyze(article, screen: false)!;
    }

    /// <summary>
    /// The analysis of an article that raises an alert, null for one that does not: what a poll or a scan keeps. An
    /// article that names none of the topics' entities is turned away before it is split into sentences (see
    /// <see cref="TopicClassifier.NamesAnEntity"/>); what is kept is exactly what <see cref="Analyze"/> gives.
    /// </summary>
    public ArticleAnalysis? AnalyzeRelevant(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Analyze(article, screen: true) is { IsRelevant: true } analysis ? analysis : null;
    }

    private ArticleAnalysis? Analyze(Article article, bool screen)
    {
        // The headline is classified with the body when the body does not start with it.
        var ownTitle = HasOwnTitle(article);
        var classified = ownTitle ? article.Title + "\n" + article.Text : article.Text;
        if (screen && !_classifier.NamesAnEntity(classified))
        {
            return null;
        }

        var sentences = SentenceSplitter.Split(article.Text);
        var topics = ownTitle ? ClassifyWithTitle(article, classified, sentences) : _classifier.Classify(article.Text, sentences);
        var matched = topics.Where(t => t.IsMatch).ToArray();

        // Figures are only worth keeping from on-topic articles; an article about other wars reports other counts.
        // They are read from the body; a body that opens with the headline has it read with headline rules.
        var figures = matched.Length == 0 ? [] : _extractor.Extract(sentences, article.Title, withRejections: false).Figures;
        var summary = matched.Length == 0 ? [] : Summarizer.Summarize(sentences, matched, figures);
        return new ArticleAnalysis(article, sentences, topics, figures, summary);
    }

    /// <summary>
    /// Classifies the headline with the body (<paramref name="combined"/>: the headline, a line break, the body); feeds
    /// often give a headline and a short description, and "North Korea test-fires ICBM" over two lines of text is still
    /// about an ICBM. Sentence indexes in the result are the body's; the headline is <see cref="TitleSentence"/>.
    /// </summary>
    private TopicScore[] ClassifyWithTitle(Article article, string combined, IReadOnlyList<Sentence> sentences)
    {
        var shift = article.Title.Length + 1;
        var withTitle = sentences
            .Select(s => s with { Index = s.Index + 1, Start = s.Start + shift })
            .Prepend(new Sentence(0, 0, article.Title))
            .ToArray();
        return _classifier.Classify(combined, withTitle)
            .Select(t => t with
            {
                SupportingSentences = t.SupportingSentences.Select(i => i - 1).ToArray(),
                LeadSentences = t.LeadSentences.Select(i => i - 1).ToArray(),
                Hits = t.Hits.Select(h => h with { SentenceIndex = h.SentenceIndex - 1, Start = h.Start - shift }).ToArray(),
            })
            .ToArray();
    }

    private static bool HasOwnTitle(Article article)
    {
        var title = article.Title.AsSpan().TrimEnd('…');
        if (!TextNormalizer.HasTitleKey(title))
        {
            return false;
        }

        var opening = article.Text.AsSpan(0, Math.Min(article.Text.Length, article.Title.Length + 64));
        return !TextNormalizer.TitleKeyStartsWith(opening, title);
    }
}
