using System.Buffers;
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

    // Common English words of any news prose, compared by stem ("concerned", "concerns"): rewrites of different
    // events share them by chance, and a long article has many, so they would outweigh the names an event is told by.
    private static readonly HashSet<string> CommonStems = new string[]
        {
            "able", "analyst", "attempt", "edit", "editing", "writing", "suspect", "study", "accept", "across", "action", "actually", "address", "admit", "affair", "agree", "ahead", "allow",
            "almost", "alone", "along", "already", "always", "announce", "answer", "anyone", "appear", "area", "argue",
            "arrive", "aside", "ask", "away", "back", "become", "begin", "behind", "believe", "best", "better", "big",
            "bring", "build", "call", "came", "carry", "case", "cause", "center", "centre", "certain", "chance",
            "change", "claim", "clear", "close", "come", "concern", "condemn", "confirm", "consider", "continue",
            "could", "country", "course", "current", "day", "deal", "decide", "deep", "describe", "despite",
            "detail", "develop", "different", "direct", "done", "early", "earlier", "effort", "either", "else", "end",
            "enough", "entire", "event", "expect", "experience", "expert", "explain", "face", "fact", "fail", "far",
            "feel", "few", "find", "follow", "former", "full", "further", "gave", "general", "get", "give", "given",
            "go", "going", "good", "great", "group", "grow", "half", "hand", "happen", "hard", "head", "hear", "held",
            "help", "high", "hold", "home", "hope", "idea", "include", "increase", "indicate", "information",
            "instead", "interest", "international", "issue", "join", "keep", "kind", "know", "known", "large", "late",
            "later", "latest", "lead", "leave", "left", "let", "level", "life", "likely", "line", "little", "local",
            "long", "look", "lot", "made", "main", "major", "make", "matter", "mean", "meet", "member", "might",
            "move", "name", "national", "need", "new", "noted", "number", "offer", "often", "once", "open", "order",
            "part", "past", "people", "period", "place", "plan", "point", "possible", "power", "present", "press",
            "probably", "problem", "process", "provide", "public", "put", "question", "raise", "rather", "reach",
            "ready", "real", "really", "reason", "receive", "recent", "recently", "record", "release", "remain",
            "reportedly", "result", "return", "right", "rise", "role", "run", "seem", "seen", "send", "sent",
            "serious", "serve", "service", "set", "several", "share", "short", "show", "side", "sign", "significant",
            "similar", "situation", "small", "soon", "speak", "spoke", "stand", "start", "state", "step", "stop",
            "strong", "suggest", "support", "sure", "take", "taken", "talk", "tell", "term", "thing", "think",
            "though", "time", "together", "took", "total", "toward", "towards", "turn", "understand", "unit", "use",
            "used", "using", "view", "want", "way", "well", "whole", "wide", "work", "world", "yet",
        }.Select(Stem).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonStemSpans =
        CommonStems.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Units of a launch's or a strike's measured facts (flight time, altitude, range, thrust), each with the one
    // spelling its measure keyword takes: "86 minutes" and "86-minute" are "86min", "7,000 km" and "7,000 kilometres"
    // "7000km". Days, weeks and years are not among them: "two years", "2024" and "3 days" say nothing of one event.
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["minute"] = "min", ["minutes"] = "min", ["min"] = "min", ["mins"] = "min",
        ["hour"] = "h", ["hours"] = "h", ["hr"] = "h", ["hrs"] = "h",
        ["second"] = "s", ["seconds"] = "s", ["sec"] = "s", ["secs"] = "s",
        ["km"] = "km", ["kms"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["mile"] = "mi", ["miles"] = "mi",
        ["metre"] = "m", ["metres"] = "m", ["meter"] = "m", ["meters"] = "m",
        ["kn"] = "kn", ["kilonewton"] = "kn", ["kilonewtons"] = "kn",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UnitSpans =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789,.");

    // A measure keyword's number: at most this many chars, so a run of digits is no keyword.
    private const int MaxMeasureDigits = 16;

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

    /// <summary>Whether <paramref name="word"/> is a common English word (by its <see cref="Stem(string)"/>): never a keyword.</summary>
    public static bool IsCommonWord(string word) => CommonStems.Contains(Stem(word));

    /// <summary>
    /// The measure keyword of a number and the word after it ("86", "minutes" → "86min"; "7,000", "km" →
    /// "7000km"), or of one word that glues them ("85km"); null when <paramref name="number"/> is no number or
    /// the unit no unit of flight, distance, duration or thrust. Words are lower-cased.
    /// </summary>
    public static string? Measure(string number, string? unit)
    {
        ArgumentNullException.ThrowIfNull(number);
        Span<char> token = stackalloc char[MaxMeasureDigits + 4];
        var length = unit is null ? MeasureOf(number, token) : MeasureOf(number, unit, token);
        return length == 0 ? null : token[..length].ToString();
    }

    // "7,000" + "km" → "7000km" in token; 0 when not a measure.
    private static int MeasureOf(ReadOnlySpan<char> number, ReadOnlySpan<char> unit, Span<char> token)
    {
        if (!UnitSpans.TryGetValue(unit, out _, out var abbreviation) || !IsNumber(number))
        {
            return 0;
        }

        var length = 0;
        foreach (var c in number)
        {
            if (c != ',')
            {
                if (length == MaxMeasureDigits)
                {
                    return 0;
                }

                token[length++] = c;
            }
        }

        abbreviation.CopyTo(token[length..]);
        return length + abbreviation.Length;
    }

    // "85km" → "85km", "86minutes" → "86min": digits, then a unit.
    private static int MeasureOf(ReadOnlySpan<char> word, Span<char> token)
    {
        var digits = 0;
        while (digits < word.Length && (char.IsAsciiDigit(word[digits]) || word[digits] is ',' or '.'))
        {
            digits++;
        }

        return digits == 0 || digits == word.Length ? 0 : MeasureOf(word[..digits], word[digits..], token);
    }

    // ASCII digits, with ',' and '.' between them as Words keeps them ("1,001.2").
    private static bool IsNumber(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^1]) && !word.ContainsAnyExcept(NumberChars);

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

    /// <summary>
    /// One key for a word's inflections, so rewrites that say "cremated", "cremating" and "cremation", or "agency" and
    /// "agencies", share it: a light suffix stripping, not a dictionary ("coffins" → "coffin", "admitted" → "admit",
    /// "cremation" → "cremat"). Never shorter than three letters; a word of three letters or less is left as it is.
    /// </summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stem = Stem(word.AsSpan());
        return stem.Length == word.Length ? word : stem.ToString();
    }

    /// <inheritdoc cref="Stem(string)"/>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        const int Least = 3;
        var w = word;
        if (w.Length <= Least)
        {
            return w;
        }

        // Plurals and third persons: "agencies", "coffins"; not "process", "status", "analysis".
        if (w.EndsWith("ies") && w.Length - 3 >= Least)
        {
            w = w[..^3];
        }
        else if (w[^1] == 's' && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
        {
            w = w[..^1];
        }

        // Verb and noun endings: "admitted", "cremating", "cremation", "denied".
        var verb = false;
        if (w.EndsWith("ing") && w.Length - 3 >= Least + 1)
        {
            w = w[..^3];
            verb = true;
        }
        else if (w.EndsWith("ied") && w.Length - 3 >= Least)
        {
            w = w[..^3];
        }
        else if (w.EndsWith("ed") && w.Length - 2 >= Least + 1)
        {
            w = w[..^2];
            verb = true;
        }
        else if (w.EndsWith("tion") && w.Length - 3 >= Least + 1)
        {
            w = w[..^3];
        }

        // "stopped" → "stop" as "stop"; not "killed" or "missed".
        if (verb && w.Length > Least && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') && !IsVowel(w[^1]))
        {
            w = w[..^1];
        }

        // "estimate" as "estimated", "agency" as "agencies".
        if ((w[^1] == 'e' || w[^1] == 'y') && w.Length - 1 >= Least)
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// The words that tell one event from another, in the folded title and text: longer than three letters, no
    /// digits, not a stop word and not the subject's own vocabulary ("coffins", "medals", "shoigu", "engine",
    /// "beijing"), stemmed (<see cref="Stem(string)"/>); and the measured facts of a launch or strike, a number
    /// with its unit of flight, distance, duration or thrust (<see cref="Measure"/>: "86min", "7000km"), which two
    /// reports of one launch share and reports of another launch do not. Distinct, sorted ordinally. <paramref name="title"/> holds the folded title's words and
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
    // repeat each other's, so a word is judged (stop word, vocabulary, stem) once and then found by one lookup.
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
        // Commas only stand between digits, so a longer number has too many digits to be a measure.
        private readonly char[] _number = new char[2 * MaxMeasureDigits];
        private int[] _foundIn = new int[256];
        private int _numberLength;
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
            _numberLength = 0;
            return _found;
        }

        // The words in order, title then text: a number at the title's end meets a unit at the text's start, as in
        // the joined text.
        public void Collect(WordBuffer words, List<int> found)
        {
            Span<char> token = stackalloc char[MaxMeasureDigits + 4];
            for (var i = 0; i < words.Count; i++)
            {
                var word = words.Word(i);
                var measure = _numberLength > 0 ? MeasureOf(_number.AsSpan(0, _numberLength), word, token) : 0;
                _numberLength = 0;

                // Numbers and glued measures ("85km") begin with a digit; other words are not looked at twice.
                if (char.IsAsciiDigit(word[0]))
                {
                    if (measure == 0)
                    {
                        measure = MeasureOf(word, token);
                    }

                    if (word.Length <= _number.Length && IsNumber(word))
                    {
                        word.CopyTo(_number);
                        _numberLength = word.Length;
                    }
                }

                if (measure > 0)
                {
                    Found(MeasureKeyword(token[..measure]), found);
                }

                if (word.Length <= 3 || HasDigit(word))
                {
                    continue;
                }

                if (!_byWordSpan.TryGetValue(word, out var keyword))
                {
                    keyword = Decide(word);
                }

                Found(keyword, found);
            }
        }

        private void Found(int keyword, List<int> found)
        {
            if (keyword >= 0 && _foundIn[keyword] != _call)
            {
                _foundIn[keyword] = _call;
                found.Add(keyword);
            }
        }

        // A measure keyword is itself: no stop word, vocabulary or stem applies.
        private int MeasureKeyword(ReadOnlySpan<char> token)
        {
            if (!_byWordSpan.TryGetValue(token, out var keyword))
            {
                var text = token.ToString();
                keyword = Add(text);
                _byWord[text] = keyword;
            }

            return keyword;
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
            if (!StopWordSpans.Contains(word) && !_vocabulary.Contains(word) && !CommonStemSpans.Contains(Stem(word)))
            {
                keyword = Add(Stem(word).ToString());
            }

            _byWord[word.ToString()] = keyword;
            return keyword;
        }

        // The id of a keyword, new or seen before.
        private int Add(string keywordText)
        {
            if (!_byKeyword.TryGetValue(keywordText, out var keyword))
            {
                keyword = _keywords.Count;
                _keywords.Add(keywordText);
                _byKeyword[keywordText] = keyword;
                if (_foundIn.Length <= keyword)
                {
                    Array.Resize(ref _foundIn, _foundIn.Length * 2);
                }
            }

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
