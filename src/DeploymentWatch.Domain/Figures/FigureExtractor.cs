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

    private static readonly string[] DeploymentContext =
    [
        "russia", "russia's", "russian", "kursk", "ukraine", "ukrainian", "sent", "send", "sending", "deployed",
        "deploy", "deploying", "deployment", "dispatched", "dispatch", "stationed", "front", "frontline", "frontlines",
        "war", "moscow", "fighting", "fight", "combat", "battle",
    ];

    private readonly SourceAttributor _attributor;

    public FigureExtractor(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _attributor = new SourceAttributor(profiles.Sources);
    }

    public IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var figures = new List<Figure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var context = new ArticleContext();
        foreach (var sentence in sentences)
        {
            var folded = TextFolder.Fold(sentence.Text);
            var mentions = NumberParser.Find(sentence.Text, folded);
            var attribution = mentions.Count > 0 ? _attributor.Attribute(folded, mentions) : null;
            var found = 0;
            if (attribution is not null)
            {
                found = ReadSentence(sentence, folded, mentions, attribution, context, figures, seen);
            }

            context.Advance(folded, attribution, found > 0, _attributor);
        }

        return figures;
    }

    private static int ReadSentence(
        Sentence sentence,
        string folded,
        List<NumberMention> mentions,
        SentenceAttribution attribution,
        ArticleContext context,
        List<Figure> figures,
        HashSet<string> seen)
    {
        var namesNorthKorea = NorthKoreanSubject.Mentions(folded);
        if (!namesNorthKorea && (!context.PreviousAboutNorthKorea || NorthKoreanSubject.IsOtherWar(folded)))
        {
            return 0;
        }

        var found = 0;
        FigureMetric? previous = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var window = ClauseWindow.For(folded, mentions, i);
            var metric = MetricClassifier.Classify(folded, mention, window, previous);
            if (metric is not { } m || NorthKoreanSubject.BelongsToOtherSide(folded, window))
            {
                continue;
            }

            previous = m;
            if (m is FigureMetric.Troops or FigureMetric.TroopsFrontline or FigureMetric.TroopsPlanned
                && !Phrases.ContainsAny(folded, DeploymentContext, 0, folded.Length) && !context.PreviousAboutDeployment)
            {
                continue;
            }

            var sources = attribution.At(mention.Start);
            if (sources.Count == 0)
            {
                var carried = attribution.HasUnnamedCue || StartsWithQuote(sentence.Text) ? context.CarriedSources() : [];
                sources = carried.Count > 0 ? carried : [Unattributed];
            }

            var figure = new Figure(m, mention.Low, mention.High, QualifierDetector.Detect(folded, mention), sources, sentence.Index, sentence.Text);
            var key = string.Join('|', m, mention.Low, mention.High, string.Join(',', sources.Order(StringComparer.Ordinal)));
            if (seen.Add(key))
            {
                figures.Add(figure);
            }

            found++;
        }

        return found;
    }

    private static bool StartsWithQuote(string text) =>
        text.Length > 0 && text[0] is '"' or '\u201C' or '\u2018' or '\'';

    /// <summary>What the sentences before the current one said, for subjects and sources English leaves implicit.</summary>
    private sealed class ArticleContext
    {
        private const int CarryBack = 2;
        private readonly List<(string Folded, SentenceAttribution? Attribution)> _recent = [];
        private SourceAttributor? _attributor;

        public bool PreviousAboutNorthKorea { get; private set; }

        public bool PreviousAboutDeployment { get; private set; }

        public void Advance(string folded, SentenceAttribution? attribution, bool hadFigures, SourceAttributor attributor)
        {
            _attributor = attributor;
            PreviousAboutNorthKorea = hadFigures || NorthKoreanSubject.Mentions(folded);
            PreviousAboutDeployment = Phrases.ContainsAny(folded, DeploymentContext, 0, folded.Length);
            _recent.Add((folded, attribution));
            if (_recent.Count > CarryBack)
            {
                _recent.RemoveAt(0);
            }
        }

        /// <summary>The sources named by the nearest of the last two sentences that names any (worked out only when needed).</summary>
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
