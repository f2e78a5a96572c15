using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// The hedge written just before a number ("about", "more than", "up to", "the agency estimates") or after it
/// ("-plus", "or more"); a range is "about" when the sentence gives it as an estimate, else exact.
/// </summary>
internal static class QualifierDetector
{
    // Longest first, so "an estimated" wins over "estimated" and "no more than" over "more than".
    private static readonly (string Phrase, FigureQualifier Qualifier)[] Before =
    [
        ("in the region of", FigureQualifier.About),
        ("on the order of", FigureQualifier.About),
        ("no more than", FigureQualifier.Under),
        ("no fewer than", FigureQualifier.Over),
        ("not fewer than", FigureQualifier.Over),
        ("no less than", FigureQualifier.Over),
        ("not less than", FigureQualifier.Over),
        ("not more than", FigureQualifier.Under),
        ("in excess of", FigureQualifier.Over),
        ("approximately", FigureQualifier.About),
        ("an estimated", FigureQualifier.About),
        ("estimates of", FigureQualifier.About),
        ("estimate of", FigureQualifier.About),
        ("as many as", FigureQualifier.Under),
        ("as much as", FigureQualifier.Under),
        ("fewer than", FigureQualifier.Under),
        ("upwards of", FigureQualifier.Over),
        ("upward of", FigureQualifier.Over),
        ("more than", FigureQualifier.Over),
        ("less than", FigureQualifier.Under),
        ("estimated", FigureQualifier.About),
        ("estimates", FigureQualifier.About),
        ("at least", FigureQualifier.Over),
        ("closer to", FigureQualifier.About),
        ("close to", FigureQualifier.Under),
        ("at most", FigureQualifier.Under),
        ("roughly", FigureQualifier.About),
        ("nearly", FigureQualifier.Under),
        ("almost", FigureQualifier.Under),
        ("around", FigureQualifier.About),
        ("approx.", FigureQualifier.About),
        ("approx", FigureQualifier.About),
        ("about", FigureQualifier.About),
        ("some", FigureQualifier.About),
        ("up to", FigureQualifier.Under),
        ("over", FigureQualifier.Over),
        ("above", FigureQualifier.Over),
        ("under", FigureQualifier.Under),
        ("est.", FigureQualifier.About),

        // Verbs that say the count is past a mark: "has topped 900", "now exceed 3,000", "pass 100".
        ("surpassed", FigureQualifier.Over),
        ("surpasses", FigureQualifier.Over),
        ("exceeded", FigureQualifier.Over),
        ("exceeds", FigureQualifier.Over),
        ("surpass", FigureQualifier.Over),
        ("exceed", FigureQualifier.Over),
        ("topped", FigureQualifier.Over),
        ("passed", FigureQualifier.Over),
        ("past", FigureQualifier.Over),
        ("beyond", FigureQualifier.Over),
        ("passes", FigureQualifier.Over),
        ("tops", FigureQualifier.Over),
        ("pass", FigureQualifier.Over),
        ("top", FigureQualifier.Over),
        ("near", FigureQualifier.Under),
    ];

    public static FigureQualifier Detect(string folded, NumberMention mention)
    {
        if (mention.PlusSuffix)
        {
            return FigureQualifier.Over;
        }

        if (Phrases.StartsWithWords(folded, mention.End, "or so"))
        {
            return FigureQualifier.About;
        }

        // "1,000 or more", "1,000 and counting": a mark the count is past.
        if (Phrases.StartsWithWords(folded, mention.End, "or more") || Phrases.StartsWithWords(folded, mention.End, "and counting"))
        {
            return FigureQualifier.Over;
        }

        foreach (var (phrase, qualifier) in Before)
        {
            if (Phrases.EndsWithWords(folded, mention.Start, phrase))
            {
                return qualifier;
            }
        }

        // "Estimates … put the number at between 11,000 and 12,000": a range given as an estimate is "about"; with no
        // hedge anywhere ("between 1,500 and 2,000 were killed") it is exact, its ends carry the uncertainty.
        return mention.Low != mention.High && NamesAnEstimate(folded) ? FigureQualifier.About : FigureQualifier.Exact;
    }

    private static bool NamesAnEstimate(string folded)
    {
        for (var at = folded.IndexOf("estimat", StringComparison.Ordinal); at >= 0; at = folded.IndexOf("estimat", at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !TextFolder.IsWordChar(folded[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the qualifier phrase starts (or the number itself when there is none), for windows that must skip it.</summary>
    public static int StartOfQualifier(string folded, NumberMention mention)
    {
        // "to between 12,000 and 14,000": "between" belongs to the range, and the words before it are read as usual.
        if (mention.Low != mention.High && Phrases.EndsWithWords(folded, mention.Start, "between"))
        {
            return StartOfQualifier(folded, mention with { Start = Phrases.StartOfLastWords(folded, 0, mention.Start, 1) });
        }

        foreach (var (phrase, _) in Before)
        {
            if (Phrases.EndsWithWords(folded, mention.Start, phrase))
            {
                var end = mention.Start;
                while (end > 0 && folded[end - 1] == ' ')
                {
                    end--;
                }

                return end - phrase.Length;
            }
        }

        return mention.Start;
    }
}
