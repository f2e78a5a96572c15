using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Reads the counts an article reports about North Korean soldiers — "about 300 killed, according to the NIS" —
/// each with its metric, hedge and sources. Work is split by role: <see cref="NumberParser"/> finds the numbers,
/// <see cref="QualifierDetector"/> their hedges, <see cref="MetricClassifier"/> what they count,
/// <see cref="NorthKoreanSubject"/> whose soldiers they are and <see cref="SourceAttributor"/> who says so.
/// </summary>
public sealed class FigureExtractor
{
    /// <summary>The source id of a number the outlet states without naming a source.</summary>
    public const string Unattributed = "unattributed";

    private readonly SourceAttributor _attributor;
    private readonly SpeakerFinder _speakers;

    public FigureExtractor(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _attributor = new SourceAttributor(profiles.Sources);
        _speakers = new SpeakerFinder(profiles.Sources);
    }

    public IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var figures = new List<Figure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var context = new ArticleContext();
        var quotedWithoutSource = new List<int>();
        foreach (var sentence in sentences)
        {
            var folded = TextFolder.Fold(sentence.Text);
            if (quotedWithoutSource.Count > 0)
            {
                AttributeQuoteFromNextSentence(figures, quotedWithoutSource, folded);
            }

            var mentions = NumberParser.Find(sentence.Text, folded);
            var before = figures.Count;
            var found = mentions.Count > 0 ? ReadSentence(sentence, folded, mentions, context, figures, seen) : null;
            if (IsQuote(sentence.Text))
            {
                quotedWithoutSource.AddRange(Enumerable.Range(before, figures.Count - before).Where(i => figures[i].Sources is [Unattributed]));
            }

            context.Advance(folded, found, _attributor);
        }

        return figures;
    }

    /// <summary>
    /// A quote whose speaker comes in the next sentence: “About 1,100 were killed or wounded.” The JCS said so on
    /// Monday. The next sentence's named sources replace "unattributed".
    /// </summary>
    private void AttributeQuoteFromNextSentence(List<Figure> figures, List<int> pending, string nextFolded)
    {
        var named = _attributor.Attribute(nextFolded, []);
        if (named.HasSources)
        {
            foreach (var i in pending)
            {
                figures[i] = figures[i] with { Sources = named.All, Speaker = _speakers.Find(nextFolded, named.All, 0, nextFolded.Length) };
            }
        }

        pending.Clear();
    }

    /// <summary>Reads the figures of one sentence; returns its attribution when it held any (for the next sentence).</summary>
    private SentenceAttribution? ReadSentence(
        Sentence sentence,
        string folded,
        List<NumberMention> mentions,
        ArticleContext context,
        List<Figure> figures,
        HashSet<string> seen)
    {
        // Cheap tests first: most numbers in the news are not about North Korean soldiers.
        if (!NorthKoreanSubject.MayMention(folded) && !context.PreviousAboutNorthKorea())
        {
            return null;
        }

        var cues = new SentenceCues(folded);
        if (!NorthKoreanSubject.Mentions(cues) && (!context.PreviousAboutNorthKorea() || NorthKoreanSubject.IsOtherWar(cues)))
        {
            return null;
        }

        var candidates = new List<(NumberMention Mention, FigureMetric Metric, FigureQualifier Qualifier)>();
        var qualifierStarts = mentions.Select(m => QualifierDetector.StartOfQualifier(folded, m)).ToArray();
        FigureMetric? previous = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var window = ClauseWindow.For(folded, mentions, qualifierStarts, i);
            var qualifier = QualifierDetector.Detect(folded, mention);
            var metric = MetricClassifier.Classify(cues, mention, window, qualifier, previous);
            if (metric is not { } m || NorthKoreanSubject.BelongsToOtherSide(cues, window))
            {
                continue;
            }

            previous = m;
            if (m is FigureMetric.Troops or FigureMetric.TroopsFrontline or FigureMetric.TroopsPlanned
                && !cues.Any(CueKind.DeploymentContext, 0, folded.Length) && !context.PreviousAboutDeployment())
            {
                continue;
            }

            candidates.Add((mention, m, qualifier));
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var attribution = _attributor.Attribute(folded, mentions);
        foreach (var (mention, m, qualifier) in candidates)
        {
            var (clauseStart, clauseEnd) = ClauseWindow.ClauseOf(folded, mention.Start, mention.End);
            var sources = attribution.At(mention.Start, clauseStart, clauseEnd);
            if (sources.Count == 0)
            {
                var carried = attribution.HasAnaphoricCue || StartsWithQuote(sentence.Text) ? context.CarriedSources() : [];
                sources = carried.Count > 0 ? carried : [Unattributed];
            }

            var figure = new Figure(m, mention.Low, mention.High, qualifier, sources, sentence.Index, sentence.Text)
            {
                Speaker = _speakers.Find(folded, sources, clauseStart, clauseEnd),
            };
            var key = string.Join('|', m, mention.Low, mention.High, string.Join(',', sources.Order(StringComparer.Ordinal)));
            if (seen.Add(key))
            {
                figures.Add(figure);
            }
        }

        return attribution;
    }

    private static bool StartsWithQuote(string text) =>
        text.Length > 0 && text[0] is '"' or '\u201C' or '\u2018' or '\'';

    private static bool IsQuote(string text) =>
        StartsWithQuote(text) && text.Length > 1 && text[^1] is '"' or '\u201D' or '\u2019' or '\'';

    /// <summary>
    /// What the sentences before the current one said, for subjects and sources English leaves implicit. Worked out
    /// only when a sentence needs it: most sentences hold no candidate figure.
    /// </summary>
    private sealed class ArticleContext
    {
        private const int CarryBack = 2;
        private readonly List<(string Folded, SentenceAttribution? Attribution)> _recent = [];
        private SourceAttributor? _attributor;
        private SentenceCues? _previousCues;

        public bool PreviousAboutNorthKorea() =>
            _recent.Count > 0 && (_recent[^1].Attribution is not null
                                  || (NorthKoreanSubject.MayMention(_recent[^1].Folded) && NorthKoreanSubject.Mentions(PreviousCues())));

        public bool PreviousAboutDeployment() =>
            _recent.Count > 0 && PreviousCues().Any(CueKind.DeploymentContext, 0, _recent[^1].Folded.Length);

        private SentenceCues PreviousCues() => _previousCues ??= new SentenceCues(_recent[^1].Folded);

        /// <param name="figureAttribution">The sentence's attribution when it gave figures, else null.</param>
        public void Advance(string folded, SentenceAttribution? figureAttribution, SourceAttributor attributor)
        {
            _attributor = attributor;
            _previousCues = null;
            _recent.Add((folded, figureAttribution));
            if (_recent.Count > CarryBack)
            {
                _recent.RemoveAt(0);
            }
        }

        /// <summary>The sources named by the nearest of the last two sentences that names any.</summary>
        public IReadOnlyList<string> CarriedSources()
        {
            for (var i = _recent.Count - 1; i >= 0 && _attributor is not null; i--)
            {
                var (folded, attribution) = _recent[i];
                var sources = attribution is { HasSources: true } ? attribution.All : _attributor.NamedSources(folded);
                if (sources.Count > 0)
                {
                    return sources;
                }
            }

            return [];
        }
    }
}
