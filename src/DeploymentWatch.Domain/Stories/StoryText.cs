using System.Numerics;
using System.Text;
using DeploymentWatch.Domain.Matching;

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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // TextFolder's map, read once through its own Fold (it folds char for char), only when a text needs it.
    private static class Folding
    {
        public static readonly string Map = TextFolder.Fold(string.Create(char.MaxValue + 1, 0, static (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)i;
            }
        }));

        // Per char, filled on first sight: 0 not yet known, 1 folds alike, 2 does not.
        public static readonly byte[] Alike = new byte[char.MaxValue + 1];
    }

    /// <summary>
    /// Whether <paramref name="c"/> and its folded form split words alike: both word chars with the same lower case
    /// (or both not), digits alike, commas and points alike. Every ASCII char does (folding lower-cases letters and
    /// turns '-', tab and '`' into other non-word chars), so a text of such chars has the same words folded.
    /// </summary>
    public static bool FoldsAlike(char c)
    {
        var known = Folding.Alike[c];
        if (known == 0)
        {
            var f = Folding.Map[c];
            var word = char.IsLetterOrDigit(c);
            var alike = word == char.IsLetterOrDigit(f)
                        && (!word || char.ToLowerInvariant(c) == char.ToLowerInvariant(f))
                        && char.IsDigit(c) == char.IsDigit(f)
                        && (c is ',' or '.') == (f is ',' or '.');
            known = alike ? (byte)1 : (byte)2;
            Folding.Alike[c] = known;
        }

        return known == 1;
    }

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>Lower-cased words (letters and digits; "1,100" stays one word).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = WordBuffer.Rent(second: false);
        buffer.Append(text);
        var words = new string[buffer.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = buffer.Word(i).ToString();
        }

        return words;
    }

    /// <summary>The 3-word shingles, each its words joined by a space (the plain definition the signature hashes).</summary>
    public static IEnumerable<string> Shingles(IReadOnlyList<string> words)
    {
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

    /// <summary>
    /// The FNV-1a hashes of the distinct shingles of <paramref name="words"/> (as <see cref="Shingles"/> spells them),
    /// written to <paramref name="hashes"/>, first occurrence first; returns how many. Shingles are spans of the
    /// buffer, told apart by their hash and, when hashes are equal, by their text.
    /// </summary>
    public static int DistinctShingleHashes(WordBuffer words, ref ulong[] hashes, ref int[] table)
    {
        var count = words.Count - ShingleSize + 1;
        if (count <= 0)
        {
            return 0;
        }

        if (hashes.Length < count)
        {
            hashes = new ulong[Math.Max(count, hashes.Length * 2)];
        }

        // Open addressing over first-occurrence indexes (+1, 0 is empty), at most half full.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)count * 2);
        if (table.Length < size)
        {
            table = new int[size];
        }

        var slots = table.AsSpan(0, size);
        slots.Clear();
        var mask = size - 1;
        HashShingles(words, hashes.AsSpan(0, count));
        Span<int> firstOf = count <= 1024 ? stackalloc int[count] : new int[count];
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            // In place: the distinct hashes so far sit below i.
            var hash = hashes[i];
            var slot = (int)(hash ^ (hash >> 32)) & mask;
            while (true)
            {
                var taken = slots[slot];
                if (taken == 0)
                {
                    slots[slot] = distinct + 1;
                    firstOf[distinct] = i;
                    hashes[distinct++] = hash;
                    break;
                }

                if (hashes[taken - 1] == hash
                    && words.Run(i, i + ShingleSize - 1).SequenceEqual(words.Run(firstOf[taken - 1], firstOf[taken - 1] + ShingleSize - 1)))
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        return distinct;
    }

    // FNV-1a is a chain of multiplications, one per char: four shingles at a time keep four chains in flight
    // over their common length, then each finishes alone.
    private static void HashShingles(WordBuffer words, Span<ulong> hashes)
    {
        const int Last = ShingleSize - 1;
        var i = 0;
        for (; i + 4 <= hashes.Length; i += 4)
        {
            var s0 = words.Run(i, i + Last);
            var s1 = words.Run(i + 1, i + 1 + Last);
            var s2 = words.Run(i + 2, i + 2 + Last);
            var s3 = words.Run(i + 3, i + 3 + Last);
            var common = Math.Min(Math.Min(s0.Length, s1.Length), Math.Min(s2.Length, s3.Length));
            ulong h0 = MinHashSignature.FnvBasis, h1 = h0, h2 = h0, h3 = h0;
            for (var k = 0; k < common; k++)
            {
                h0 = (h0 ^ s0[k]) * MinHashSignature.FnvPrime;
                h1 = (h1 ^ s1[k]) * MinHashSignature.FnvPrime;
                h2 = (h2 ^ s2[k]) * MinHashSignature.FnvPrime;
                h3 = (h3 ^ s3[k]) * MinHashSignature.FnvPrime;
            }

            hashes[i] = MinHashSignature.Fnv1a(h0, s0[common..]);
            hashes[i + 1] = MinHashSignature.Fnv1a(h1, s1[common..]);
            hashes[i + 2] = MinHashSignature.Fnv1a(h2, s2[common..]);
            hashes[i + 3] = MinHashSignature.Fnv1a(h3, s3[common..]);
        }

        for (; i < hashes.Length; i++)
        {
            hashes[i] = MinHashSignature.Fnv1a(words.Run(i, i + Last));
        }
    }

    /// <summary>"coffins" → "coffin": one key for a word and its plural.</summary>
    public static string Singular(string word) =>
        word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;

    /// <inheritdoc cref="Singular(string)"/>
    public static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;

    /// <summary>
    /// The words that tell one event from another, in the folded title and text: longer than three letters, no
    /// digits, not a stop word and not the subject's own vocabulary ("coffins", "medals", "shoigu", "engine",
    /// "beijing"), singular, distinct, sorted ordinally. <paramref name="title"/> holds the folded title's words and
    /// <paramref name="text"/>, when not null, the text's words (the caller checked they fold alike).
    /// </summary>
    public static string[] Keywords(WordBuffer title, WordBuffer? text, StoryVocabulary vocabulary)
    {
        var decided = KeywordDecisions.For(vocabulary);
        var found = decided.Begin();
        decided.Collect(title, found);
        if (text is not null)
        {
            decided.Collect(text, found);
        }

        return decided.End(found);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="words"/> when its words as written would differ.</summary>
    public static void AppendFolded(WordBuffer words, string text) => words.AppendFolded(text, Folding.Map);

    // Which words are keywords, remembered per thread and vocabulary: an article repeats its words, and articles
    // repeat each other's, so a word is judged (stop word, vocabulary, singular) once and then found by one lookup.
    // Each keyword is one string, shared by the fingerprints that have it.
    private sealed class KeywordDecisions
    {
        private const int MaxWords = 100_000;

        [ThreadStatic]
        private static KeywordDecisions? _forThread;

        private readonly StoryVocabulary _vocabulary;
        private readonly Dictionary<string, int> _byWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byWordSpan;
        private readonly Dictionary<string, int> _byKeyword = new(StringComparer.Ordinal);
        private readonly List<string> _keywords = [];
        private readonly List<int> _found = [];
        private int[] _foundIn = new int[256];
        private int _call;

        private KeywordDecisions(StoryVocabulary vocabulary)
        {
            _vocabulary = vocabulary;
            _byWordSpan = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public static KeywordDecisions For(StoryVocabulary vocabulary)
        {
            var decisions = _forThread;
            if (decisions is null || !ReferenceEquals(decisions._vocabulary, vocabulary) || decisions._byWord.Count > MaxWords)
            {
                _forThread = decisions = new KeywordDecisions(vocabulary);
            }

            return decisions;
        }

        public List<int> Begin()
        {
            _call++;
            _found.Clear();
            return _found;
        }

        public void Collect(WordBuffer words, List<int> found)
        {
            for (var i = 0; i < words.Count; i++)
            {
                var word = words.Word(i);
                if (word.Length <= 3 || HasDigit(word))
                {
                    continue;
                }

                if (!_byWordSpan.TryGetValue(word, out var keyword))
                {
                    keyword = Decide(word);
                }

                if (keyword >= 0 && _foundIn[keyword] != _call)
                {
                    _foundIn[keyword] = _call;
                    found.Add(keyword);
                }
            }
        }

        public string[] End(List<int> found)
        {
            var keywords = new string[found.Count];
            for (var i = 0; i < keywords.Length; i++)
            {
                keywords[i] = _keywords[found[i]];
            }

            Array.Sort(keywords, StringComparer.Ordinal);
            return keywords;
        }

        private int Decide(ReadOnlySpan<char> word)
        {
            var keyword = -1;
            if (!StopWordSpans.Contains(word) && !_vocabulary.Contains(word))
            {
                var singular = Singular(word).ToString();
                if (!_byKeyword.TryGetValue(singular, out keyword))
                {
                    keyword = _keywords.Count;
                    _keywords.Add(singular);
                    _byKeyword[singular] = keyword;
                    if (_foundIn.Length <= keyword)
                    {
                        Array.Resize(ref _foundIn, _foundIn.Length * 2);
                    }
                }
            }

            _byWord[word.ToString()] = keyword;
            return keyword;
        }
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
