namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Walks from an attribution cue over the words that name the source, stopping at punctuation, numbers and
/// clause words, but going on through lists of sources ("Seoul, Washington and Kiev", "the U.S., South Korea,
/// and Ukraine"). Returns token index ranges [From, To] (empty when From &gt; To).
/// </summary>
internal sealed class SpanWalker(SentenceTokens tokens, bool[] covered, bool[] isNumber, int maxTokens)
{
    private const int MaxAppositiveTokens = 9;

    public (int From, int To) Backward(int from)
    {
        var t = from;
        var stop = Math.Max(0, from - maxTokens);
        var passedAnd = false;
        while (t >= stop && t >= 0)
        {
            if (tokens.Is(t, ",") && RelativeClauseStart(t, stop) is var opening and >= 0)
            {
                // "The officials, who declined to be named, said": the side clause is not the end of the subject, nor
                // does it count against the subject's length.
                stop = Math.Max(0, stop - (t - opening + 1));
                t = opening - 1;
                continue;
            }

            if (IsSeparator(t))
            {
                // "Seoul, Washington and Kiev say": a list of sources ends in "and"; "against Ukraine, the Pentagon said" does not.
                var isAnd = tokens.Is(t, "and");
                if (t > 0 && covered[t - 1] && IsPureList(t + 1, from) && (isAnd || passedAnd))
                {
                    passedAnd |= isAnd;
                    t--;
                    continue;
                }

                break;
            }

            if (IsBoundary(t))
            {
                break;
            }

            t--;
        }

        // "a lawmaker briefed by the spy agency said": the source is the one after "by".
        for (var k = from; k > t + 1; k--)
        {
            if (tokens.Is(k, "by") && AttributionCues.IsByOrFromHead(tokens.Span(k - 1)))
            {
                return (k + 1, from);
            }
        }

        return (t + 1, from);
    }

    public (int From, int To) Forward(int from)
    {
        var t = from;
        var stop = Math.Min(tokens.Count - 1, from + maxTokens);
        while (t <= stop)
        {
            if (IsSeparator(t))
            {
                var next = t + 1;
                var joinedByAnd = tokens.Is(t, "and");
                while (next < tokens.Count && (IsSeparator(next) || tokens.Is(next, "the")))
                {
                    joinedByAnd |= tokens.Is(next, "and");
                    next++;
                }

                if (next < tokens.Count && covered[next] && (joinedByAnd || AndFollows(next)))
                {
                    t++;
                    continue;
                }

                break;
            }

            if (IsBoundary(t) || (t > from && AttributionCues.IsSpeechVerb(tokens.Span(t))))
            {
                break;
            }

            t++;
        }

        return (from, t - 1);
    }

    /// <summary>
    /// The comma that opens a side clause closed by the comma at <paramref name="closing"/> (", who …,"), or an
    /// appositive after a source (", secretary of …,"), or -1.
    /// </summary>
    private int RelativeClauseStart(int closing, int stop)
    {
        var clausal = false;
        for (var k = closing - 1; k > stop && k > 0; k--)
        {
            if (tokens.Is(k, ","))
            {
                if (tokens.Is(k + 1, "who") || tokens.Is(k + 1, "which") || tokens.Is(k + 1, "whom") || tokens.Is(k + 1, "whose")
                    || IsParticiple(k + 1))
                {
                    // ", who declined to be named,", ", speaking on condition of anonymity,".
                    return k;
                }

                // "Sergei Shoigu, secretary of Russia's Security Council, announced": an appositive after a named source;
                // "Lee Seong-kweun, a member of parliament's intelligence committee, said": one that names the source.
                return !clausal && closing - k <= MaxAppositiveTokens && (covered[k - 1] || NamingAppositive(k + 1, closing - 1)) ? k : -1;
            }

            if (isNumber[k] || tokens.Is(k, ";") || tokens.Is(k, ":"))
            {
                return -1;
            }

            clausal |= AttributionCues.IsStopWord(tokens.Span(k)) || AttributionCues.IsSpeechVerb(tokens.Span(k));
        }

        return -1;
    }

    /// <summary>"speaking", "declining": a side clause of manner, not the subject's own words.</summary>
    private bool IsParticiple(int t)
    {
        var word = tokens.Span(t);
        return word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !covered[t];
    }

    /// <summary>A noun phrase with an article that names a source: "a member of parliament's intelligence committee".</summary>
    private bool NamingAppositive(int from, int to)
    {
        if (!(tokens.Is(from, "a") || tokens.Is(from, "an") || tokens.Is(from, "the")))
        {
            return false;
        }

        for (var t = from; t <= to; t++)
        {
            if (covered[t])
            {
                return true;
            }
        }

        return false;
    }

    private bool AndFollows(int from)
    {
        for (var k = from; k < Math.Min(tokens.Count, from + 8); k++)
        {
            if (tokens.Is(k, "and"))
            {
                return true;
            }

            if (IsBoundary(k))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsSeparator(int t) => tokens.Is(t, ",") || tokens.Is(t, "and");

    private bool IsBoundary(int t)
    {
        if (isNumber[t])
        {
            return true;
        }

        var span = tokens.Span(t);
        return span.Length == 1 && span[0] is ';' or ':' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '?' or '!'
               || AttributionCues.IsStopWord(span);
    }

    /// <summary>Tokens [from, to] are only source aliases joined by commas, "and" and "the".</summary>
    private bool IsPureList(int from, int to)
    {
        var any = false;
        for (var t = from; t <= to; t++)
        {
            if (covered[t])
            {
                any = true;
                continue;
            }

            if (!IsSeparator(t) && !tokens.Is(t, "the") && !tokens.Is(t, "(") && !tokens.Is(t, ")") && !tokens.Is(t, "."))
            {
                return false;
            }
        }

        return any;
    }
}
