using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Finds who a sentence quotes. A source alias counts only where English puts a source: before a speech verb
/// ("Seoul, Washington and Kiev say"), after "according to" or "a report by" / "intelligence from", or before a
/// source noun ("U.S. assessments"). So "Ukrainian forces" or "Moscow's forces" elsewhere in the sentence are not
/// sources. A possessor of another source ("South Korea's Joint Chiefs of Staff") gives way to it.
/// </summary>
internal sealed class SourceAttributor
{
    private const int MaxSpanTokens = 12;
    private const int SubjectTokens = 6;

    // "Ahn added", "Gen. Kim added": a short name; a longer subject that names no source is someone else.
    private const int MaxContinuingNameTokens = 3;
    private readonly SourceAliases _aliases;
    private readonly CueLexicon? _newsSubject;

    /// <param name="newsSubject">
    /// Names what the news is about ("North Korea"): it speaks only through true speech verbs ("North Korea said"),
    /// not through "saw", "put" or "raised" ("North Korea saw 4,000 of its soldiers killed").
    /// </param>
    public SourceAttributor(IReadOnlyList<SourceDefinition> sources, CueLexicon? newsSubject = null)
    {
        _aliases = new SourceAliases(sources);
        _newsSubject = newsSubject;
    }

    public SentenceAttribution Attribute(string folded, IReadOnlyList<NumberMention> mentions)
    {
        var tokens = new SentenceTokens(folded);
        var hits = DropPossessors(tokens, _aliases.Find(folded));
        var covered = new bool[tokens.Count];
        var isNumber = new bool[tokens.Count];
        var h = 0;
        var m = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (h < hits.Count && hits[h].End <= tokens.Start(t))
            {
                h++;
            }

            while (m < mentions.Count && mentions[m].End <= tokens.Start(t))
            {
                m++;
            }

            covered[t] = h < hits.Count && hits[h].Start <= tokens.Start(t) && tokens.End(t) <= hits[h].End;
            isNumber[t] = m < mentions.Count && mentions[m].Start <= tokens.Start(t);
        }

        var walker = new SpanWalker(tokens, covered, isNumber, MaxSpanTokens);
        var partStarts = new List<int> { 0 };
        var spans = new List<AttributionSpan>();
        var anaphoric = false;
        var coordinate = -1;
        List<int>? unnamedParts = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var word = tokens.Span(t);
            var role = AttributionCues.RoleOf(word);
            if ((role & AttributionCues.Role.Contrast) != 0 || word is ";")
            {
                partStarts.Add(tokens.Start(t));
                coordinate = -1;
                continue;
            }

            if (word is "and" && tokens.Is(t - 1, ","))
            {
                // ", and South Korean sources suggest …": a second clause, which may name its own source and number.
                coordinate = tokens.Start(t);
                continue;
            }

            (int From, int To)? span = null;
            var citing = false;
            var sourceNoun = false;
            var rule = AttributionRule.InSentence;
            if (word is ":" && IsHeadlineSource(tokens, covered, t))
            {
                rule = AttributionRule.HeadlineEdge;
                // Headline style: "NIS: about 300 killed", "Kyiv: more than 3,000 …".
                span = (0, t - 1);
            }
            else if (word is ":" && IsHeadlineSuffixSource(tokens, covered, t))
            {
                // The source at the end of a headline: "900 killed in clashes: spy agency".
                span = (t + 1, tokens.Count - 1);
                rule = AttributionRule.HeadlineEdge;
            }
            else if (word is "according" && tokens.Is(t + 1, "to"))
            {
                span = walker.Forward(t + 2);
            }
            else if (word is "citing" or "quoting" || (word is "quoted" && !tokens.Is(t + 1, "as") && !IsPassive(tokens, t)))
            {
                // "…, a lawmaker said, citing the spy agency", "Park quoted the agency as saying": the one cited is the
                // source, not the one who passed it on.
                span = walker.Forward(t + 1);
                citing = true;
                rule = AttributionRule.Citing;
            }
            else if (word is "by" or "from" && t > 0 && AttributionCues.IsByOrFromHead(tokens.Span(t - 1)))
            {
                span = walker.Forward(t + 1);
            }
            else if ((role & AttributionCues.Role.Speech) != 0 && !tokens.Is(t - 1, "an") && !tokens.Is(t - 1, "the") && !tokens.Is(t - 1, "a")
                     && !IsPassive(tokens, t) && !IsNounOf(tokens, t))
            {
                var subjectEnd = word is "saying" && tokens.Is(t - 1, "as") ? t - 2 : t - 1;
                if (word is "saying" && tokens.Is(subjectEnd, "quoted") && IsPassive(tokens, subjectEnd))
                {
                    // "…, the NIS was quoted as saying": the one quoted is the subject before "was quoted".
                    subjectEnd -= 2;
                }

                subjectEnd = SkipAuxiliaries(tokens, subjectEnd);
                span = walker.Backward(subjectEnd);
                if (span is { } back && back.From > back.To)
                {
                    span = walker.Forward(t + 1);
                }
            }
            else if ((role & AttributionCues.Role.SourceNoun) != 0 && !IsAdjective(tokens, t))
            {
                var back = walker.Backward(t - 1);
                span = (back.From, t);
                sourceNoun = true;
            }

            if (span is not { } s)
            {
                continue;
            }

            var from = s.From <= s.To && s.From < tokens.Count ? tokens.Start(s.From) : 0;
            var to = s.From <= s.To && s.To < tokens.Count ? tokens.End(s.To) : -1;
            var weak = (role & AttributionCues.Role.Speech) != 0 && AttributionCues.IsWeakSpeechVerb(word);
            var sources = SourcesWithin(hits, from, to, weak, folded);
            if (sources.Length == 0)
            {
                // "it said", "the agency added": the speaker is the one named before. "Analysts estimate" is not.
                var refersBack = sourceNoun
                    ? OwnedByPronoun(tokens, t)
                    : RefersBack(tokens, s.From, s.To, speaking: (role & AttributionCues.Role.Speech) != 0) || ContinuesSpeech(word, s.From, s.To);
                anaphoric |= refersBack;
                if (!refersBack && rule == AttributionRule.InSentence && (role & AttributionCues.Role.Speech) != 0
                    && s.From <= s.To && s.From < t && !IsPassive(tokens, t))
                {
                    // "…, some analysts say, though the NIS puts …": this part has a speaker, one no source stands for.
                    (unnamedParts ??= []).Add(partStarts.Count - 1);
                }

                continue;
            }

            var start = Math.Min(from, tokens.Start(t));
            var end = Math.Max(to, tokens.End(t));
            spans.Add(new AttributionSpan(partStarts.Count - 1, start, end, sources)
            {
                Citing = citing,
                Rule = rule,
                CoordinateStart = coordinate >= 0 && coordinate < start && NumberAfter(mentions, end) ? coordinate : -1,
                ComparisonStart = ComparedWithoutANumber(tokens, s.From, mentions),
            });
        }

        // Within a part, a cited source replaces whoever passed the figure on.
        if (spans.Exists(static s => s.Citing))
        {
            var citedParts = spans.Where(s => s.Citing).Select(s => s.Part).ToHashSet();
            spans.RemoveAll(s => !s.Citing && citedParts.Contains(s.Part));
        }

        return new SentenceAttribution(partStarts, spans, anaphoric) { UnnamedSpeakerParts = unnamedParts };
    }

    /// <summary>
    /// The distinct sources of the hits within [from, to], in order; a weak verb's news subject is no source. A loop,
    /// not a query: it runs for every word of every sentence with a figure, and the query's closure cost each one.
    /// </summary>
    private string[] SourcesWithin(List<SourceHit> hits, int from, int to, bool weak, string folded)
    {
        List<string>? sources = null;
        foreach (var hit in hits)
        {
            if (hit.Start >= from && hit.End <= to + 1 && !(weak && IsNewsSubject(folded, hit)) && !(sources?.Contains(hit.SourceId) ?? false))
            {
                (sources ??= []).Add(hit.SourceId);
            }
        }

        return sources is null ? [] : [.. sources];
    }

    private bool IsNewsSubject(string folded, SourceHit hit) =>
        _newsSubject is not null && _newsSubject.MayMentionSubject(folded.AsSpan(hit.Start, hit.End - hit.Start));

    // How far back from a source "than" may stand: "lower than recent figures from Seoul".
    private const int MaxComparisonTokens = 5;

    /// <summary>
    /// Where "than" starts when it stands a few words before the source and no number follows it: the source is
    /// only compared with ("…, lower than recent figures from Seoul"); -1 otherwise, as when the comparison gives its
    /// own number ("lower than Kyiv's count of 3,000").
    /// </summary>
    private static int ComparedWithoutANumber(SentenceTokens tokens, int from, IReadOnlyList<NumberMention> mentions)
    {
        for (var t = from - 1; t >= 0 && t >= from - MaxComparisonTokens; t--)
        {
            if (tokens.Is(t, ","))
            {
                return -1;
            }

            if (tokens.Is(t, "than"))
            {
                return NumberAfter(mentions, tokens.Start(t)) ? -1 : tokens.Start(t);
            }
        }

        return -1;
    }

    private static bool NumberAfter(IReadOnlyList<NumberMention> mentions, int position) =>
        mentions.Count > 0 && mentions[^1].Start >= position;

    /// <summary>
    /// The sources <paramref name="folded"/> names when it is nothing but their names (and "the", "and", commas):
    /// "nis", "the pentagon", "seoul and kyiv"; else none.
    /// </summary>
    public IReadOnlyList<string> OnlySourcesNamed(string folded)
    {
        var tokens = new SentenceTokens(folded);
        var hits = DropPossessors(tokens, _aliases.Find(folded));
        var h = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (h < hits.Count && hits[h].End <= tokens.Start(t))
            {
                h++;
            }

            var covered = h < hits.Count && hits[h].Start <= tokens.Start(t) && tokens.End(t) <= hits[h].End;
            if (!covered && !tokens.Is(t, "the") && !tokens.Is(t, "and") && !tokens.Is(t, ","))
            {
                return [];
            }
        }

        return hits.Select(hit => hit.SourceId).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Does [0, end) name a source by its acronym ("NIS:", "NATO:")? Then it is no dateline.</summary>
    public bool NamesAcronymSource(string folded, int end) =>
        _aliases.Find(folded).Any(h => h.Start < end && _aliases.IsAcronym(h));

    /// <summary>
    /// The sources a sentence without numbers names, for a next sentence that quotes or says "it said": those in
    /// attribution position, else those in its subject (its first words: "The Pentagon released a report …") —
    /// unless the subject is what the news is about (<paramref name="isNewsSubject"/>: "North Korea has sent
    /// troops …" is no speaker).
    /// </summary>
    public IReadOnlyList<string> NamedSources(string folded, Func<string, int, int, bool> isNewsSubject)
    {
        var attribution = Attribute(folded, []);
        if (attribution.HasSources)
        {
            return attribution.All;
        }

        var tokens = new SentenceTokens(folded);
        var subjectEnd = tokens.Count > SubjectTokens ? tokens.Start(SubjectTokens) : folded.Length;
        return DropPossessors(tokens, _aliases.Find(folded))
            .Where(h => h.Start < subjectEnd && !isNewsSubject(folded, h.Start, h.End))
            .Select(h => h.SourceId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// A pronoun ("it", "they", "its spokesman") or a short definite phrase naming an agent ("the agency", "the
    /// official"); "the reports" or "the media" name no one.
    /// </summary>
    private static bool RefersBack(SentenceTokens tokens, int from, int to, bool speaking)
    {
        if (from > to || from >= tokens.Count)
        {
            return false;
        }

        var first = tokens.Span(from);
        if (IsSubjectPronoun(first) || IsPossessivePronoun(first))
        {
            return true;
        }

        // "In a statement on Wednesday it said": the subject stands right before its verb, after a fronted phrase.
        if (speaking && to < tokens.Count && IsSubjectPronoun(tokens.Span(to)))
        {
            return true;
        }

        if (first is not ("the" or "this"))
        {
            return false;
        }

        // "The officials, who briefed reporters …, said": the noun right after "the", whatever side clause follows.
        if (from + 1 <= to && AttributionCues.IsAgentNoun(tokens.Span(from + 1)))
        {
            return true;
        }

        if (to - from >= 4)
        {
            return false;
        }

        for (var t = from + 1; t <= to && t < tokens.Count; t++)
        {
            // "The report said" refers back to a source's report, and so does "according to the statement"; "according
            // to the reports" does not name one.
            var word = tokens.Span(t);
            if (AttributionCues.IsAgentNoun(word) || (speaking && word is "report" or "study")
                || word is "statement" or "assessment" or "briefing" or "update")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Their assessment is that …", "its estimate": a source noun owned by a pronoun is the source named before.</summary>
    private static bool OwnedByPronoun(SentenceTokens tokens, int noun) => noun > 0 && IsPossessivePronoun(tokens.Span(noun - 1));

    private static bool IsSubjectPronoun(ReadOnlySpan<char> word) => word is "it" or "he" or "she" or "they" or "we";

    private static bool IsPossessivePronoun(ReadOnlySpan<char> word) => word is "its" or "his" or "her" or "their" or "our";

    /// <summary>
    /// "Ahn added that …": a name the profile does not know, before a verb that goes on with what was said, is the
    /// speaker of the sentences before (the title that made him a source came with his first statement).
    /// </summary>
    private static bool ContinuesSpeech(ReadOnlySpan<char> verb, int from, int to) =>
        verb is "added" or "adds" && from <= to && to - from < MaxContinuingNameTokens;

    /// <summary>
    /// "North Korea's official name", "official media": "official" before a noun describes it and names no one; "a
    /// US official said", "an official in Seoul" is a person.
    /// </summary>
    private static bool IsAdjective(SentenceTokens tokens, int t) =>
        tokens.Is(t, "official") && t + 1 < tokens.Count && AttributionCues.IsDescribedByOfficial(tokens.Span(t + 1));

    /// <summary>"Estimates of the force North Korea has sent …": a speech word before "of" is a noun, and names no speaker.</summary>
    private static bool IsNounOf(SentenceTokens tokens, int word) => tokens.Is(word + 1, "of");

    /// <summary>"estimated to be", "are believed": a passive speech verb has no speaker before it.</summary>
    private static bool IsPassive(SentenceTokens tokens, int verb) =>
        tokens.Is(verb + 1, "to")
        || tokens.Is(verb - 1, "is") || tokens.Is(verb - 1, "are") || tokens.Is(verb - 1, "was") || tokens.Is(verb - 1, "were")
        || tokens.Is(verb - 1, "be") || tokens.Is(verb - 1, "been") || tokens.Is(verb - 1, "being");

    /// <summary>"The ministry has told", "the agency also said": the subject ends before the auxiliaries and adverbs.</summary>
    private static int SkipAuxiliaries(SentenceTokens tokens, int end)
    {
        while (end > 0 && AttributionCues.IsAuxiliary(tokens.Span(end)))
        {
            end--;
        }

        return end;
    }

    /// <summary>Everything after the colon, to the end, is source names: "… killed in clashes: spy agency".</summary>
    private static bool IsHeadlineSuffixSource(SentenceTokens tokens, bool[] covered, int colon)
    {
        var any = false;
        for (var t = colon + 1; t < tokens.Count; t++)
        {
            if (covered[t])
            {
                any = true;
                continue;
            }

            var word = tokens.Span(t);
            if (word is not ("," or "and" or "the" or "." or "says" or "say" or "said" or "claims" or "reports"))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>Everything before the colon is source names: "NIS:", "Seoul and Kyiv:".</summary>
    private static bool IsHeadlineSource(SentenceTokens tokens, bool[] covered, int colon)
    {
        if (colon == 0)
        {
            return false;
        }

        for (var t = 0; t < colon; t++)
        {
            if (!covered[t] && !tokens.Is(t, ",") && !tokens.Is(t, "and") && !tokens.Is(t, "the"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "South Korea's spy agency", "Seoul spy agency", "a South Korean lawmaker": the possessor is not a second
    /// source, the possessed one speaks. Unless the possessed alias is a generic one that belongs to another
    /// country's source: "Ukraine's spy agency" is Kyiv's, not Seoul's.
    /// </summary>
    private List<SourceHit> DropPossessors(SentenceTokens tokens, List<SourceHit> hits)
    {
        var kept = new List<SourceHit>(hits.Count);
        var dropNext = false;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (dropNext)
            {
                dropNext = false;
                continue;
            }

            // "Kyiv said …, as its intelligence service raised its estimate": a common noun owned by a pronoun belongs to
            // the source named before it in the sentence.
            var at = tokens.IndexAtOrAfter(hit.Start);
            if (_aliases.IsGeneric(hit) && kept.Count > 0 && (tokens.Is(at - 1, "its") || tokens.Is(at - 1, "their"))
                && !_aliases.SameCountry(kept[^1].SourceId, hit.SourceId))
            {
                kept.Add(hit with { SourceId = kept[^1].SourceId });
                continue;
            }

            var next = tokens.IndexAtOrAfter(hit.End);
            var hasNext = i + 1 < hits.Count && hits[i + 1].SourceId != hit.SourceId;
            var nextStart = hasNext ? tokens.IndexAtOrAfter(hits[i + 1].Start) : -1;
            var possessive = hasNext && tokens.Is(next, "'s") && nextStart - next <= 3;
            var adjectival = hasNext && nextStart == next && !_aliases.IsGeneric(hit) && _aliases.IsGeneric(hits[i + 1]);
            if (!possessive && !adjectival)
            {
                kept.Add(hit);
                continue;
            }

            var owned = hits[i + 1];
            if (_aliases.IsGeneric(owned) && !_aliases.SameCountry(hit.SourceId, owned.SourceId))
            {
                kept.Add(hit);
                dropNext = true;
            }
        }

        return kept;
    }
}
