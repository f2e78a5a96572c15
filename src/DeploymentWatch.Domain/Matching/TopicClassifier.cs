using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// Scores an article against every topic with one pass of one multi-pattern matcher over the folded text, then
/// sentence by sentence: a trigger counts only with its entity (and context) close by, so an article about
/// Ukrainian losses that names North Korea once does not fire "casualties". The first sentence is taken as the
/// headline: it and the lead after it weigh double, and an article none of whose matching topics is supported there
/// is about something else (a background line "as Pyongyang has sent troops to Russia" raises nothing).
/// </summary>
public sealed class TopicClassifier
{
    private readonly ProfileSet _profiles;
    private readonly TermIndex _index;
    private readonly ITermMatcher _matcher;

    /// <param name="matcherFactory">Builds the matcher from the folded term list; the fast one by default.</param>
    public TopicClassifier(ProfileSet profiles, Func<IReadOnlyList<string>, ITermMatcher>? matcherFactory = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = profiles;
        _index = TermIndex.Build(profiles);
        _matcher = (matcherFactory ?? DefaultMatcher)(_index.Terms);
    }

    /// <summary>How many distinct folded patterns the profiles compile to.</summary>
    public int TermCount => _index.Terms.Count;

    public IReadOnlyList<TopicScore> Classify(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var hitsByTopic = CollectHits(text, sentences);
        var scores = new TopicScore[_profiles.Topics.Count];
        var anchored = false;
        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] = Score(_profiles.Topics[t], hitsByTopic[t], sentences.Count);
            anchored |= scores[t].ReachesThreshold && scores[t].LeadSentences.Count > 0;
        }

        if (!anchored)
        {
            for (var t = 0; t < scores.Length; t++)
            {
                scores[t] = scores[t] with { Anchored = false };
            }
        }

        return scores;
    }

    internal static ITermMatcher DefaultMatcher(IReadOnlyList<string> terms) => new AhoCorasickTermMatcher(terms);

    private List<TermHit>[] CollectHits(string text, IReadOnlyList<Sentence> sentences)
    {
        var hitsByTopic = new List<TermHit>[_profiles.Topics.Count];
        for (var t = 0; t < hitsByTopic.Length; t++)
        {
            hitsByTopic[t] = [];
        }

        var folded = TextFolder.Fold(text);
        var sentence = 0;
        foreach (var match in _matcher.FindAll(folded))
        {
            while (sentence < sentences.Count - 1 && match.Start >= sentences[sentence].End)
            {
                sentence++;
            }

            if (sentences.Count == 0 || match.Start < sentences[sentence].Start)
            {
                continue;
            }

            var original = text.Substring(match.Start, match.Length);
            foreach (var use in _index.Uses[match.TermId])
            {
                hitsByTopic[use.TopicIndex].Add(new TermHit(use.Label, original, use.Role, sentence, match.Start, match.Length));
            }
        }

        return hitsByTopic;
    }

    private static TopicScore Score(TopicProfile topic, List<TermHit> hits, int sentenceCount)
    {
        var ignored = hits.Where(h => h.Role == TermRole.Ignore).ToArray();
        var roles = new bool[sentenceCount, RoleCount];
        foreach (var hit in hits)
        {
            if (hit.Role != TermRole.Trigger || !Inside(hit, ignored))
            {
                roles[hit.SentenceIndex, (int)hit.Role] = true;
            }
        }

        var supporting = new List<int>();
        var lead = new List<int>();
        for (var s = 0; s < sentenceCount; s++)
        {
            if (!roles[s, (int)TermRole.Trigger] || roles[s, (int)TermRole.Exclusion])
            {
                continue;
            }

            var from = Math.Max(0, s - topic.Window);
            if (Any(roles, TermRole.Entity, from, s) && (topic.Context.Count == 0 || Any(roles, TermRole.Context, from, s)))
            {
                supporting.Add(s);
                if (s <= topic.Lead)
                {
                    lead.Add(s);
                }
            }
        }

        var evidence = hits
            .Where(h => h.Role is not (TermRole.Exclusion or TermRole.Ignore)
                        && !(h.Role == TermRole.Trigger && Inside(h, ignored))
                        && supporting.Any(s => h.SentenceIndex <= s && h.SentenceIndex >= s - topic.Window))
            .ToArray();
        return new TopicScore(topic.Id, supporting.Count + lead.Count, topic.Threshold, supporting, evidence) { LeadSentences = lead };
    }

    private const int RoleCount = (int)TermRole.Ignore + 1;

    private static bool Inside(TermHit hit, TermHit[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (hit.Start >= phrase.Start && hit.Start + hit.Length <= phrase.Start + phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(bool[,] roles, TermRole role, int from, int to)
    {
        for (var s = from; s <= to; s++)
        {
            if (roles[s, (int)role])
            {
                return true;
            }
        }

        return false;
    }
}
