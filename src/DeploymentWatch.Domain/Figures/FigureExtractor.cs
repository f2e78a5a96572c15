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
    private readonly CueLexicon _lexicon;

    public FigureExtractor(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _lexicon = new CueLexicon(profiles.Figures);
        _attributor = new SourceAttributor(profiles.Sources, _lexicon);
        _speakers = new SpeakerFinder(profiles.Sources);
        MaxCount = profiles.Figures.MaxCount;
    }

    /// <summary>The largest value a count may have; larger numbers are ids or money, not soldiers.</summary>
    public long MaxCount { get; }

    public IReadOnlyList<Figure> Extract(IReadOnlyList<Sentence> sentences) => Extract(sentences, null).Figures;

    /// <summary>
    /// Reads the figures of an article. When the first sentence is the headline (<paramref name="title"/>), its
    /// figures are read with headline rules ("900 killed: spy agency") and give way to the body's, lending them
    /// their source when the body names none. The result also lists the numbers that were rejected, and why.
    /// </summary>
    public FigureExtraction Extract(IReadOnlyList<Sentence> sentences, string? title) => Extract(sentences, title, withRejections: true);

    /// <summary>
    /// <see cref="Extract(IReadOnlyList{Sentence}, string?)"/>; without <paramref name="withRejections"/> the
    /// rejected numbers are not written down (the analysis never shows them) and the result lists none.
    /// </summary>
    internal FigureExtraction Extract(IReadOnlyList<Sentence> sentences, string? title, bool withRejections)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var figures = new List<Figure>();
        var rejections = withRejections ? new List<FigureRejection>() : null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new HashSet<(long Low, long High)>();
        var context = new ArticleContext(_lexicon);
        var pending = new List<int>();
        var pendingIsQuote = false;
        var quote = new RunningQuote();
        var headlineCount = 0;
        foreach (var sentence in sentences)
        {
            if (HoldsNothingToRead(sentence, pending, quote))
            {
                // Nothing is read from it; the next sentence may still look back at it, folded then if it does.
                pendingIsQuote = IsQuote(sentence.Span);
                quote.Advance(sentence.Span);
                context.Advance(sentence, null, null, _attributor);
                continue;
            }

            var folded = TextFolder.Fold(sentence.Span);
            var dateline = sentence.Index < 3 ? Dateline.Length(sentence.Text) : 0;
            if (dateline > 0 && _attributor.NamesAcronymSource(folded, dateline))
            {
                dateline = 0;
            }

            if (dateline > 0)
            {
                folded = Dateline.Blank(sentence.Text, folded);
            }

            if (pending.Count > 0)
            {
                AttributeFromNextSentence(figures, pending, pendingIsQuote, folded);
            }

            var mentions = NumberParser.Find(sentence.Span, folded);
            if (dateline > 0)
            {
                DropBefore(mentions, dateline);
            }

            var before = figures.Count;
            var found = mentions.Count > 0 ? ReadSentence(sentence, folded, mentions, context, figures, seen, values, rejections) : null;
            if (headlineCount > 0 && sentence.Index == 1 && figures.Count == before)
            {
                AttributeHeadlineFromLead(figures, headlineCount, folded);
            }

            var isHeadline = sentence.Index == 0 && IsTitle(sentence.Span, title);
            if (isHeadline)
            {
                // The body may repeat a headline figure with its hedge ("Another 2,000 …" over "about 2,000 more"):
                // it must be read, and MergeHeadline keeps the body's.
                headlineCount = figures.Count;
                seen.Clear();
            }
            else
            {
                pendingIsQuote = IsQuote(sentence.Span);
                for (var i = before; i < figures.Count; i++)
                {
                    if (figures[i].Sources is [Unattributed])
                    {
                        pending.Add(i);
                    }
                }

                if (FollowQuote(quote, sentence, folded, found, figures, pending))
                {
                    pendingIsQuote = true;
                }
            }

            context.Advance(sentence, folded, found, _attributor);
        }

        var result = headlineCount > 0 ? MergeHeadline(figures, headlineCount) : figures;
        return new FigureExtraction(MergeRepeats(result), (IReadOnlyList<FigureRejection>?)rejections ?? []);
    }

    /// <summary>
    /// "North Korea to send 6,000 engineers to Russia" over a lead that tells the news without the number and names
    /// who said it ("North Korea will send engineers …, a Russian official said"): the headline's figures left without
    /// a source take the lead's, as the next sentence gives a quote its speaker.
    /// </summary>
    private void AttributeHeadlineFromLead(List<Figure> figures, int headlineCount, string leadFolded)
    {
        if (!figures.Take(headlineCount).Any(f => f.Sources is [Unattributed])
            || !_lexicon.MayMentionSubject(leadFolded) || !NorthKoreanSubject.Mentions(new SentenceCues(leadFolded, _lexicon)))
        {
            return;
        }

        var named = _attributor.Attribute(leadFolded, []);
        if (!named.HasSources)
        {
            return;
        }

        for (var i = 0; i < headlineCount; i++)
        {
            if (figures[i].Sources is [Unattributed])
            {
                figures[i] = figures[i] with
                {
                    Sources = named.All,
                    Speaker = _speakers.Find(leadFolded, named.All, 0, leadFolded.Length),
                    Rule = AttributionRule.NextSentence,
                };
            }
        }
    }

    /// <summary>
    /// A headline repeats the body's numbers, often with the source at its edge ("…, Zelensky says"): a body figure
    /// of the same metric and value keeps its place and takes the headline's source when it has none; a headline
    /// figure the body does not give stays.
    /// </summary>
    private static List<Figure> MergeHeadline(List<Figure> figures, int headlineCount)
    {
        var body = figures.Skip(headlineCount).ToList();
        var kept = new List<Figure>();
        foreach (var headline in figures.Take(headlineCount))
        {
            var same = body.FindIndex(b => b.Metric == headline.Metric && b.Low == headline.Low && b.High == headline.High);
            if (same >= 0)
            {
                if (body[same].Sources is [Unattributed] && headline.Sources is not [Unattributed])
                {
                    body[same] = body[same] with { Sources = headline.Sources, Speaker = headline.Speaker, Rule = AttributionRule.Headline };
                }

                continue;
            }

            // "Two wounded soldiers in custody" over a body that says "two … captured": the body knows what it counts.
            if (body.Any(b => b.Low == headline.Low && b.High == headline.High))
            {
                continue;
            }

            kept.Add(headline);
        }

        kept.AddRange(body);
        return kept;
    }

    /// <summary>
    /// One figure per count: an article that gives the same metric and value again — in another sentence, or from
    /// another source ("Seoul said 11,000 …", later "the JCS put it at 11,000") — reports one count that several
    /// sources give. The first keeps its place and qualifier and gains the named sources of the repeats; a named
    /// source replaces "unattributed", and an unattributed repeat adds nothing.
    /// </summary>
    private static List<Figure> MergeRepeats(List<Figure> figures)
    {
        var merged = new List<Figure>(figures.Count);
        foreach (var figure in figures)
        {
            var same = merged.FindIndex(m => m.Metric == figure.Metric && m.Low == figure.Low && m.High == figure.High);
            if (same < 0)
            {
                merged.Add(figure);
                continue;
            }

            var first = merged[same];
            if (figure.Sources is [Unattributed])
            {
                continue;
            }

            merged[same] = first.Sources is [Unattributed]
                ? first with { Sources = figure.Sources, Speaker = figure.Speaker, Rule = figure.Rule }
                : first with { Sources = [.. first.Sources.Union(figure.Sources, StringComparer.Ordinal)] };
        }

        return merged;
    }

    private static bool IsTitle(ReadOnlySpan<char> sentence, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        var key = title.AsSpan().TrimEnd('…');
        return TextNormalizer.HasTitleKey(key) && TextNormalizer.TitleKeyStartsWith(sentence, key);
    }

    /// <summary>
    /// The speaker named in the next sentence: a quote (“About 1,100 were killed.” The JCS said so on Monday), or a
    /// sentence that points back at the figure ("This was stated by the spy agency's chief", "The figures come from
    /// Ukraine's military"). Its named sources replace "unattributed".
    /// </summary>
    private void AttributeFromNextSentence(List<Figure> figures, List<int> pending, bool isQuote, string nextFolded)
    {
        if (isQuote || PointsBack(nextFolded))
        {
            var named = _attributor.Attribute(nextFolded, []);
            if (named.HasSources)
            {
                foreach (var i in pending)
                {
                    figures[i] = figures[i] with
                    {
                        Sources = named.All,
                        Speaker = _speakers.Find(nextFolded, named.All, 0, nextFolded.Length),
                        Rule = AttributionRule.NextSentence,
                    };
                }
            }
        }

        pending.Clear();
    }

    /// <summary>
    /// Gives the figures read inside a quote running over several sentences the speaker named where it opened
    /// (the official said: “…), or where it closes (“…,” the official said). Returns true when the quote closes
    /// here without a speaker: its figures then wait in <paramref name="pending"/> for the next sentence, like a
    /// one-sentence quote's.
    /// </summary>
    private bool FollowQuote(RunningQuote quote, Sentence sentence, string folded, SentenceAttribution? found, List<Figure> figures, List<int> pending)
    {
        var (startsInside, endsInside) = quote.Advance(sentence.Span);
        if (!startsInside && !endsInside)
        {
            return false;
        }

        for (var i = figures.Count - 1; i >= 0 && figures[i].SentenceIndex == sentence.Index; i--)
        {
            if (figures[i].Sources is [Unattributed])
            {
                quote.Figures.Add(i);
            }
        }

        if (!startsInside)
        {
            // The quote opens here: its speaker, if any, is named in this sentence.
            quote.OpenedBy((found ?? _attributor.Attribute(folded, [])).All);
            return false;
        }

        var named = quote.OpenerSources;
        var rule = AttributionRule.CarriedFromBefore;
        if (!endsInside && named.Count == 0)
        {
            named = _attributor.Attribute(folded, []).All;
            rule = AttributionRule.NextSentence;
        }

        if (named.Count == 0)
        {
            if (endsInside)
            {
                return false;
            }

            // Closed without a speaker: the quote's figures wait for the next sentence ("… ." The NIS said so.).
            foreach (var i in quote.Figures)
            {
                if (!pending.Contains(i))
                {
                    pending.Add(i);
                }
            }

            quote.Figures.Clear();
            return true;
        }

        foreach (var i in quote.Figures)
        {
            figures[i] = figures[i] with { Sources = named, Speaker = _speakers.Find(folded, named, 0, folded.Length), Rule = rule };
        }

        pending.RemoveAll(quote.Figures.Contains);
        quote.Figures.Clear();
        return false;
    }

    // A headline's source after a dash: "… killed in Russia — NIS", "… – Kyiv", "… - Pentagon".
    private static readonly string[] HeadlineDashes = [" \u2014 ", " \u2013 ", " - ", " | "];
    private const int MaxDashSuffixWords = 4;

    /// <summary>The sources a first sentence names after its last dash, when a few words after it name only them.</summary>
    private IReadOnlyList<string> DashSuffixSources(ReadOnlySpan<char> text)
    {
        var cut = -1;
        var width = 0;
        foreach (var dash in HeadlineDashes)
        {
            var at = text.LastIndexOf(dash, StringComparison.Ordinal);
            if (at > cut)
            {
                cut = at;
                width = dash.Length;
            }
        }

        if (cut < 0)
        {
            return [];
        }

        var suffix = TextFolder.Fold(text[(cut + width)..].TrimEnd('.'));
        return Phrases.CountWords(suffix, 0, suffix.Length) is > 0 and <= MaxDashSuffixWords ? _attributor.OnlySourcesNamed(suffix) : [];
    }

    // "That brings the number … to five", "This takes the toll to 600": the statement before goes on.
    private static readonly string[] CountTotallingVerbs = ["brings", "brought", "takes", "took", "raises", "raised", "puts", "pushes"];

    /// <summary>
    /// "Roughly 8,000 of them are in combat": a sentence that opens with a part of the soldiers the sentence before
    /// counted goes on with its source ("analysts estimate there are 12,000 of them" has a speaker of its own).
    /// </summary>
    private static bool OfThem(string folded, NumberMention mention) =>
        Phrases.CountWords(folded, 0, mention.Start) <= 1
        && (Phrases.StartsWithWords(folded, mention.End, "of them") || Phrases.StartsWithWords(folded, mention.End, "of those"));

    /// <summary>The sentence opens "This/That brings …": it totals the count just given, by whoever gave it.</summary>
    private static bool BringsTheCountTo(string folded)
    {
        if (!Phrases.StartsWithWords(folded, 0, "this") && !Phrases.StartsWithWords(folded, 0, "that"))
        {
            return false;
        }

        var verb = Phrases.EndOfFirstWords(folded, 0, folded.Length, 1);
        foreach (var word in CountTotallingVerbs)
        {
            if (Phrases.StartsWithWords(folded, verb, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PointsBack(string folded) =>
        Phrases.StartsWithWords(folded, 0, "this") || Phrases.StartsWithWords(folded, 0, "that") || Phrases.StartsWithWords(folded, 0, "these")
        || Phrases.StartsWithWords(folded, 0, "those") || Phrases.StartsWithWords(folded, 0, "such") || Phrases.StartsWithWords(folded, 0, "the figure")
        || Phrases.StartsWithWords(folded, 0, "the figures") || Phrases.StartsWithWords(folded, 0, "the estimate")
        || Phrases.StartsWithWords(folded, 0, "the numbers") || Phrases.StartsWithWords(folded, 0, "the number")
        || Phrases.StartsWithWords(folded, 0, "the toll") || Phrases.StartsWithWords(folded, 0, "the tally")
        || Phrases.StartsWithWords(folded, 0, "the assessment") || Phrases.StartsWithWords(folded, 0, "the data");

    /// <summary>Reads the figures of one sentence; returns its attribution when it held any (for the next sentence).</summary>
    private SentenceAttribution? ReadSentence(
        Sentence sentence,
        string folded,
        List<NumberMention> mentions,
        ArticleContext context,
        List<Figure> figures,
        HashSet<string> seen,
        HashSet<(long Low, long High)> values,
        List<FigureRejection>? rejections)
    {
        // Cheap tests first: most numbers in the news are not about North Korean soldiers.
        if (!_lexicon.MayMentionSubject(folded) && !context.PreviousAboutNorthKorea(folded))
        {
            return null;
        }

        var cues = new SentenceCues(folded, _lexicon);
        if (!NorthKoreanSubject.Mentions(cues) && (!context.PreviousAboutNorthKorea(folded) || NorthKoreanSubject.IsOtherWar(cues)))
        {
            RejectAll(rejections, sentence, mentions, "no North Korean subject in this sentence or the one before");
            return null;
        }

        var candidates = new List<(NumberMention Mention, FigureMetric Metric, FigureQualifier Qualifier)>();
        var qualifierStarts = new int[mentions.Count];
        for (var i = 0; i < qualifierStarts.Length; i++)
        {
            qualifierStarts[i] = QualifierDetector.StartOfQualifier(folded, mentions[i]);
        }

        FigureMetric? previous = null;
        // The count the article spoke of last, if one of the two sentences before gave it ("The new estimate is lower.
        // Seoul put the number at about 13,000").
        FigureMetric? lastSentence = figures.Count > 0 && figures[^1].SentenceIndex >= sentence.Index - 2 ? figures[^1].Metric : null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var window = ClauseWindow.For(folded, mentions, qualifierStarts, i);
            var qualifier = QualifierDetector.Detect(folded, mention);
            if (mention.High > MaxCount)
            {
                rejections?.Add(Reject(sentence, mention, $"larger than the largest count ({MaxCount:N0})"));
                continue;
            }

            // "Ukraine captured three soldiers … The three men were taken to Kyiv": "the" and a value already read name
            // those people again; it is no new count.
            if (values.Contains((mention.Low, mention.High)) && Phrases.EndsWithWords(folded, qualifierStarts[i], "the"))
            {
                rejections?.Add(Reject(sentence, mention, "\"the\" before it points back at a count already given"));
                continue;
            }

            var metric = MetricClassifier.Classify(cues, mention, window, qualifier, previous, lastSentence);
            if (metric is not { } m)
            {
                rejections?.Add(Reject(sentence, mention, "no word says what it counts (soldiers, killed, wounded …)"));
                continue;
            }

            if (IsNotACount(cues, window))
            {
                rejections?.Add(Reject(sentence, mention, "a rate, a missing count, people on footage or parade, or a hypothetical: not soldiers sent, killed, wounded or captured"));
                continue;
            }

            if (NorthKoreanSubject.BelongsToOtherSide(cues, window))
            {
                rejections?.Add(Reject(sentence, mention, "counts another side's people (Russian, Ukrainian, civilians …)"));
                continue;
            }

            previous = m;
            if (m is FigureMetric.Troops or FigureMetric.TroopsFrontline or FigureMetric.TroopsPlanned or FigureMetric.TroopsAdditional
                && !cues.Any(CueKind.DeploymentContext, 0, folded.Length) && !context.PreviousAboutDeployment(folded))
            {
                rejections?.Add(Reject(sentence, mention, "soldiers, but no deployment to Russia's war in this sentence or the one before"));
                continue;
            }

            candidates.Add((mention, m, qualifier));
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var attribution = _attributor.Attribute(folded, mentions);
        IReadOnlyList<string>? dashSuffix = null;
        foreach (var (mention, m, qualifier) in candidates)
        {
            var (clauseStart, clauseEnd) = ClauseWindow.ClauseOf(folded, mention.Start, mention.End);
            var sources = attribution.At(mention.Start, clauseStart, clauseEnd);
            var rule = attribution.RuleAt(mention.Start, clauseStart, clauseEnd);
            if (sources.Count == 0 && sentence.Index == 0 && (dashSuffix ??= DashSuffixSources(sentence.Span)).Count > 0)
            {
                // "About 600 troops killed in Russia — NIS": folding turns the dash into a space, so the raw headline is read.
                sources = dashSuffix;
                rule = AttributionRule.HeadlineEdge;
            }

            if (sources.Count == 0)
            {
                var carried = attribution.HasAnaphoricCue || StartsWithQuote(sentence.Span) || BringsTheCountTo(folded) || OfThem(folded, mention)
                    ? context.CarriedSources()
                    : [];
                sources = carried.Count > 0 ? carried : [Unattributed];
                rule = carried.Count > 0 ? AttributionRule.CarriedFromBefore : AttributionRule.Unattributed;
            }

            var figure = new Figure(m, mention.Low, mention.High, qualifier, sources, sentence.Index, sentence.Text)
            {
                Speaker = _speakers.Find(folded, sources, clauseStart, clauseEnd),
                Rule = rule,
            };
            var key = $"{m}|{mention.Low}|{mention.High}|{(sources.Count == 1 ? sources[0] : string.Join(',', sources.Order(StringComparer.Ordinal)))}";
            if (seen.Add(key))
            {
                figures.Add(figure);
                values.Add((mention.Low, mention.High));
            }
        }

        return attribution;
    }

    /// <summary>
    /// A rate or a missing count follows the number ("1,000 a day", "went missing") — but "lost 1,000 men in a week"
    /// gives the period of a count, not a rate. Or footage, a parade or a hypothetical comes just before it ("video
    /// shows 30 soldiers", "paraded 20,000 soldiers", "if it were to send 100,000 troops").
    /// </summary>
    private static bool IsNotACount(SentenceCues cues, ClauseWindow window)
    {
        var folded = cues.Text;
        if (cues.Any(CueKind.NotACountBefore, Phrases.StartOfLastWords(folded, window.LeftStart, window.LeftEnd, 4), window.LeftEnd))
        {
            return true;
        }

        foreach (var hit in cues.All(CueKind.NotACount, window.RightStart, Phrases.EndOfFirstWords(folded, window.RightStart, window.RightEnd, 6)))
        {
            if (!Phrases.StartsWithWords(folded, hit.Start, "a ") || !PeriodBefore(folded, window.RightStart, hit.Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PeriodBefore(string folded, int from, int at)
    {
        var word = Phrases.StartOfLastWords(folded, from, at, 1);
        return word < at && (Phrases.StartsWithWords(folded, word, "in") || Phrases.StartsWithWords(folded, word, "within")
                             || Phrases.StartsWithWords(folded, word, "over") || Phrases.StartsWithWords(folded, word, "during"));
    }

    private static void RejectAll(List<FigureRejection>? rejections, Sentence sentence, List<NumberMention> mentions, string reason)
    {
        foreach (var mention in mentions)
        {
            rejections?.Add(Reject(sentence, mention, reason));
        }
    }

    /// <summary>Drops the numbers of the dateline ("KYIV, Jan 5").</summary>
    private static void DropBefore(List<NumberMention> mentions, int dateline)
    {
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Start >= dateline)
            {
                mentions[kept++] = mentions[i];
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    private static FigureRejection Reject(Sentence sentence, NumberMention mention, string reason) =>
        new(sentence.Index, sentence.Text[mention.Start..mention.End], reason);

    private static bool StartsWithQuote(ReadOnlySpan<char> text) =>
        text.Length > 0 && text[0] is '"' or '\u201C' or '\u2018' or '\'';

    private static bool IsQuote(ReadOnlySpan<char> text) =>
        StartsWithQuote(text) && text.Length > 1 && text[^1] is '"' or '\u201D' or '\u2019' or '\'';

    /// <summary>
    /// A sentence in which the loop below would find no number, no dateline, no quote and nothing to attribute:
    /// past the first three, nothing waiting for a source, no quote open or marked, and — for plain ASCII, where
    /// folding only lower-cases — no digit and no number word. Most sentences of an on-topic article are such.
    /// </summary>
    private static bool HoldsNothingToRead(Sentence sentence, List<int> pending, RunningQuote quote)
    {
        var text = sentence.Span;
        return sentence.Index >= 3 && pending.Count == 0 && !quote.IsOpen
               && !text.ContainsAny(RunningQuote.QuoteMarks) && System.Text.Ascii.IsValid(text)
               && !text.ContainsAnyInRange('0', '9') && !NumberParser.MayHoldNumberWord(text);
    }

    /// <summary>
    /// What the sentences before the current one said, for subjects and sources English leaves implicit. Worked out
    /// only when a sentence needs it: most sentences hold no candidate figure.
    /// </summary>
    private sealed class ArticleContext(CueLexicon lexicon)
    {
        private const int CarryBack = 2;
        private readonly List<(Sentence Sentence, string? Folded, SentenceAttribution? Attribution, SentenceCues? Cues)> _recent = [];
        private SourceAttributor? _attributor;

        /// <summary>
        /// The sentence before named North Korea or gave figures; or the one before that did, and
        /// <paramref name="folded"/> points back at its soldiers with a pronoun ("Roughly 8,000 of them …", "a further
        /// 5,000 will follow them"), across a sentence in between ("That may be only the start.").
        /// </summary>
        public bool PreviousAboutNorthKorea(string folded) =>
            AboutNorthKorea(_recent.Count - 1)
            || (_recent.Count > 1 && Phrases.HasReferringPronoun(folded) && AboutNorthKorea(_recent.Count - 2));

        private bool AboutNorthKorea(int index) =>
            index >= 0 && (_recent[index].Attribution is not null
                           || (lexicon.MayMentionSubject(Folded(index))
                               && NorthKoreanSubject.Mentions(Cues(index))));

        /// <summary>As <see cref="PreviousAboutNorthKorea"/>, for words of a deployment to Russia's war.</summary>
        public bool PreviousAboutDeployment(string folded) =>
            AboutDeployment(_recent.Count - 1)
            || (_recent.Count > 1 && Phrases.HasReferringPronoun(folded) && AboutDeployment(_recent.Count - 2));

        private bool AboutDeployment(int index) => index >= 0 && Cues(index).Any(CueKind.DeploymentContext, 0, Folded(index).Length);

        /// <summary>A recent sentence's cues, found once however many later sentences ask (the next two may).</summary>
        private SentenceCues Cues(int index)
        {
            var folded = Folded(index);
            var recent = _recent[index];
            if (recent.Cues is null)
            {
                recent.Cues = new SentenceCues(folded, lexicon);
                _recent[index] = recent;
            }

            return recent.Cues;
        }

        /// <summary>A recent sentence folded: a sentence skipped as holding nothing to read is folded only when asked.</summary>
        private string Folded(int index)
        {
            var recent = _recent[index];
            if (recent.Folded is null)
            {
                recent.Folded = TextFolder.Fold(recent.Sentence.Span);
                _recent[index] = recent;
            }

            return recent.Folded;
        }

        /// <param name="folded">The sentence folded as it was read, or null to fold it from its text when needed.</param>
        /// <param name="figureAttribution">The sentence's attribution when it gave figures, else null.</param>
        public void Advance(Sentence sentence, string? folded, SentenceAttribution? figureAttribution, SourceAttributor attributor)
        {
            _attributor = attributor;
            _recent.Add((sentence, folded, figureAttribution, null));
            if (_recent.Count > CarryBack)
            {
                _recent.RemoveAt(0);
            }
        }

        private bool IsNewsSubject(string folded, int start, int end) => lexicon.MayMentionSubject(folded.AsSpan(start, end - start));

        /// <summary>The sources named by the nearest of the last two sentences that names any.</summary>
        public IReadOnlyList<string> CarriedSources()
        {
            for (var i = _recent.Count - 1; i >= 0 && _attributor is not null; i--)
            {
                var attribution = _recent[i].Attribution;
                var sources = attribution is { HasSources: true } ? attribution.All : _attributor.NamedSources(Folded(i), IsNewsSubject);
                if (sources.Count > 0)
                {
                    return sources;
                }
            }

            return [];
        }
    }
}
