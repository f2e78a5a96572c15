using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// The compiled automaton behind <see cref="AhoCorasickTermMatcher"/>. Chars are remapped to small classes (class 0:
/// non-word chars in no term, class 1: word chars in no term, then one class per char that occurs in a term), and
/// transitions are a dense int table indexed by (state × stride + class). A stored value is the target state already
/// multiplied by the stride, bit-inverted (negative) when the target ends at least one term, so most chars cost two
/// array reads and a sign test.
/// </summary>
internal sealed class AhoCorasickAutomaton
{
    /// <summary>Class 1 for word chars, 0 for the rest: every automaton's table before its terms' chars get their own.</summary>
    private static readonly Lazy<ushort[]> WordClasses = new(() =>
    {
        var classes = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            classes[c] = TextFolder.IsWordChar((char)c) ? (ushort)1 : (ushort)0;
        }

        return classes;
    });

    private readonly ushort[] _classOf;
    private ushort[]? _classOfUnfolded;
    private readonly int[] _delta;
    private readonly int _stride;
    private readonly int[] _outputStart;
    private readonly int[] _outputEnd;
    private readonly int[] _outputTerms;
    private readonly int[] _termLength;

    private AhoCorasickAutomaton(ushort[] classOf, int[] delta, int stride, int[] outputStart, int[] outputEnd, int[] outputTerms, int[] termLength)
    {
        _outputEnd = outputEnd;
        _classOf = classOf;
        _delta = delta;
        _stride = stride;
        _outputStart = outputStart;
        _outputTerms = outputTerms;
        _termLength = termLength;
    }

    public static AhoCorasickAutomaton Build(string[] foldedTerms)
    {
        var classOf = (ushort[])WordClasses.Value.Clone();
        var isWordClass = new List<bool> { false, true };

        foreach (var term in foldedTerms)
        {
            foreach (var c in term)
            {
                // Classes 0 and 1 are chars in no term; a char of a term gets a class of its own the first time.
                if (classOf[c] < 2)
                {
                    classOf[c] = checked((ushort)isWordClass.Count);
                    isWordClass.Add(TextFolder.IsWordChar(c));
                }
            }
        }

        var trie = AhoCorasickTrie.Build(foldedTerms, classOf, [.. isWordClass]);
        var stride = isWordClass.Count;
        var delta = trie.Delta;
        var outputStart = trie.OutputStart;
        var outputEnd = trie.OutputEnd;

        // Pre-multiply targets by the stride and flag targets that end a term, for the scan loop.
        for (var i = 0; i < delta.Length; i++)
        {
            var target = delta[i];
            var scaled = target * stride;
            delta[i] = outputEnd[target] > outputStart[target] ? ~scaled : scaled;
        }

        var termLength = foldedTerms.Select(t => t.Length).ToArray();
        return new AhoCorasickAutomaton(classOf, delta, stride, outputStart, outputEnd, trie.OutputTerms, termLength);
    }

    public void Scan(string text, List<TermMatch> matches) => Scan(text, _classOf, folded: true, new AllMatches(matches));

    /// <summary>
    /// Finds exactly what <see cref="Scan(string, List{TermMatch})"/> finds in <see cref="TextFolder.Fold(string)"/>
    /// of <paramref name="text"/>, folding each char as it reads it instead of copying the text folded.
    /// </summary>
    public void ScanUnfolded(ReadOnlySpan<char> text, List<TermMatch> matches) => Scan(text, UnfoldedClasses(), folded: false, new AllMatches(matches));

    /// <summary>
    /// Whether <see cref="ScanUnfolded"/> would find anything in <paramref name="text"/>, stopping at the first match:
    /// a screen that costs a fraction of a full scan when the answer is yes early, and one pass without a list when no.
    /// </summary>
    public bool AnyUnfolded(ReadOnlySpan<char> text) => Scan(text, UnfoldedClasses(), folded: false, default(FirstMatch));

    /// <summary>
    /// Folding is one char for one char, so the class of a char's folded form lets the scan read unfolded text.
    /// Built on first use: only the topic matcher scans unfolded text. Two threads may both build it; either is right.
    /// </summary>
    private ushort[] UnfoldedClasses()
    {
        if (_classOfUnfolded is { } built)
        {
            return built;
        }

        var unfolded = new ushort[_classOf.Length];
        for (var c = 0; c < _classOf.Length; c++)
        {
            unfolded[c] = _classOf[TextFolder.Fold((char)c)];
        }

        return _classOfUnfolded = unfolded;
    }

    /// <summary>Runs the automaton over <paramref name="text"/>, giving each match on word boundaries to <paramref name="sink"/> until it asks to stop; true when it did.</summary>
    private bool Scan<TSink>(ReadOnlySpan<char> text, ushort[] classes, bool folded, TSink sink)
        where TSink : struct, IMatchSink
    {
        ref var delta = ref MemoryMarshal.GetArrayDataReference(_delta);
        ref var classOf = ref MemoryMarshal.GetArrayDataReference(classes);
        ref var chars = ref MemoryMarshal.GetReference(text);
        var state = AhoCorasickTrie.BoundaryRoot;
        var length = text.Length;
        for (var i = 0; i < length; i++)
        {
            // Every index stays in range by construction: classes < stride, states < state count.
            var next = Unsafe.Add(ref delta, state + Unsafe.Add(ref classOf, Unsafe.Add(ref chars, i)));
            if (next >= 0)
            {
                state = next;
                continue;
            }

            state = ~next;
            if (Emit(text, folded, i, state / _stride, sink))
            {
                return true;
            }
        }

        return false;
    }

    private bool Emit<TSink>(ReadOnlySpan<char> text, bool folded, int lastIndex, int state, TSink sink)
        where TSink : struct, IMatchSink
    {
        for (var k = _outputStart[state]; k < _outputEnd[state]; k++)
        {
            var term = _outputTerms[k];
            var length = _termLength[term];
            var start = lastIndex + 1 - length;
            if (IsBoundary(text, folded, start, length) && sink.Stop(new TermMatch(term, start, length)))
            {
                return true;
            }
        }

        return false;
    }

    // What a scan does with a match, as a struct type argument so each use compiles to its own loop without a call.
    private interface IMatchSink
    {
        /// <summary>Takes a match; true to stop the scan.</summary>
        bool Stop(TermMatch match);
    }

    private readonly struct AllMatches(List<TermMatch> matches) : IMatchSink
    {
        public bool Stop(TermMatch match)
        {
            matches.Add(match);
            return false;
        }
    }

    private readonly struct FirstMatch : IMatchSink
    {
        public bool Stop(TermMatch match) => true;
    }

    /// <summary><see cref="ReferenceTermMatcher.IsBoundary"/>, on folded text or on text folded char by char.</summary>
    private static bool IsBoundary(ReadOnlySpan<char> text, bool folded, int start, int length)
    {
        var end = start + length;
        var startOk = start == 0 || !IsWordChar(text[start - 1], folded) || !IsWordChar(text[start], folded);
        var endOk = end == text.Length || !IsWordChar(text[end], folded) || !IsWordChar(text[end - 1], folded);
        return startOk && endOk;
    }

    private static bool IsWordChar(char c, bool folded) => TextFolder.IsWordChar(folded ? c : TextFolder.Fold(c));
}
