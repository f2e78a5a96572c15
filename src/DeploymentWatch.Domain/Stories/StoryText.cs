using System.Text;

namespace DeploymentWatch.Domain.Stories;

/// <summary>The text features of a story fingerprint: folded words, their 3-word shingles, and proper names.</summary>
internal static class StoryText
{
    public const int ShingleSize = 3;

    // Capitalised words that start sentences or headlines far more often than they name anything.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "and", "but", "or", "as", "it", "its", "this", "that", "these", "those",
        "he", "she", "they", "we", "his", "her", "their", "our", "there", "after", "before", "since", "while", "with",
        "for", "from", "by", "of", "to", "if", "when", "during", "according", "however", "meanwhile", "also", "last",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "north", "south", "korea", "korean", "koreans", "russia", "russian", "ukraine", "ukrainian", "home", "world",
        "news", "live", "reports", "report", "many", "some", "more", "mr", "ms",
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
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(ShingleSize));
        }
    }

    /// <summary>Capitalised words and acronyms that are not common sentence openers: a cheap entity set.</summary>
    public static IReadOnlyList<string> ProperNames(string text)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                var folded = word.ToLowerInvariant();
                if (word.Length >= 3 && char.IsUpper(word[0]) && !NotNames.Contains(folded))
                {
                    names.Add(folded);
                }
            }
        }

        return names.ToArray();
    }
}
