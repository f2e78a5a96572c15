using System.Text;

namespace DeploymentWatch.Domain.Stories;

/// <summary>The text features of a story fingerprint: folded words, their 3-word shingles, and keywords.</summary>
internal static class StoryText
{
    public const int ShingleSize = 3;

    // Function words and reporting verbs: every article has them, whatever it reports.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "above", "after", "again", "against", "also", "although", "among", "another", "around", "because",
        "been", "before", "being", "between", "both", "could", "does", "doing", "down", "during", "each", "even",
        "ever", "every", "from", "further", "have", "having", "here", "however", "into", "itself", "just", "last",
        "less", "like", "many", "more", "most", "much", "must", "near", "never", "next", "only", "other", "others",
        "over", "same", "said", "says", "saying", "should", "since", "some", "still", "such", "than", "that", "their",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "told", "under", "until",
        "very", "were", "what", "when", "where", "whether", "which", "while", "will", "with", "within", "without",
        "would", "year", "years", "week", "weeks", "month", "months", "today", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "according", "added", "news", "reported",
        "reports", "report", "reporting", "statement", "told", "cited", "citing", "quoted", "source", "sources",
        "first", "second", "third", "three", "four", "five", "thousand", "thousands", "hundreds", "several", "least",
        "photo", "read", "also", "what", "your", "ours", "yours", "among", "upon", "onto",
    };

    /// <summary>Lower-cased words (letters and digits; "1,100" stays one word).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var digitSeparator = (c == ',' || c == '.') && current.Length > 0 && char.IsDigit(current[^1])
                                 && i + 1 < text.Length && char.IsDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (!digitSeparator && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    public static IEnumerable<string> Shingles(IReadOnlyList<string> words)
    {
        // One string per shingle and nothing else: every alert's fingerprint shingles its whole text.
        var sb = new StringBuilder();
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            sb.Clear().Append(words[i]);
            for (var k = 1; k < ShingleSize; k++)
            {
                sb.Append(' ').Append(words[i + k]);
            }

            yield return sb.ToString();
        }
    }

    /// <summary>"coffins" → "coffin": one key for a word and its plural.</summary>
    public static string Singular(string word) =>
        word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;

    /// <summary>
    /// The words that tell one event from another: longer than three letters, no digits, not a stop word and not the
    /// subject's own vocabulary ("coffins", "medals", "shoigu", "engine", "beijing"), singular, distinct, sorted.
    /// </summary>
    public static IReadOnlyList<string> Keywords(IReadOnlyList<string> words, StoryVocabulary vocabulary)
    {
        var keywords = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Length > 3 && !word.Any(char.IsDigit) && !StopWords.Contains(word) && !vocabulary.Contains(word))
            {
                keywords.Add(Singular(word));
            }
        }

        return keywords.ToArray();
    }
}
