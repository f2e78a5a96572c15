namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// The compiled automaton behind <see cref="AhoCorasickTermMatcher"/>. Transitions are a dense int table indexed by
/// (state × stride + char class); a stored value is the target state already multiplied by the stride, bit-inverted
/// (negative) when the target state ends at least one term, so the hot loop needs no second lookup on most chars.
/// </summary>
internal sealed class AhoCorasickAutomaton
{
    private readonly ushort[] _classOf;
    private readonly int[] _delta;
    private readonly int _stride;
    private readonly int[] _outputStart;
    private readonly int[] _outputTerms;
    private readonly int[] _termLength;

    private AhoCorasickAutomaton(ushort[] classOf, int[] delta, int stride, int[] outputStart, int[] outputTerms, int[] termLength)
    {
        _classOf = classOf;
        _delta = delta;
        _stride = stride;
        _outputStart = outputStart;
        _outputTerms = outputTerms;
        _termLength = termLength;
    }

    public int StateCount => _outputStart.Length - 1;

    public static AhoCorasickAutomaton Build(string[] foldedTerms)
    {
        var classOf = new ushort[char.MaxValue + 1];
        var classes = 1;
        foreach (var term in foldedTerms)
        {
            foreach (var c in term)
            {
                if (classOf[c] == 0)
                {
                    classOf[c] = checked((ushort)classes++);
                }
            }
        }

        var trie = AhoCorasickTrie.Build(foldedTerms, classOf, classes);
        var termLength = foldedTerms.Select(t => t.Length).ToArray();
        return new AhoCorasickAutomaton(classOf, trie.Delta, classes, trie.OutputStart, trie.OutputTerms, termLength);
    }

    public void Scan(string text, List<TermMatch> matches)
    {
        var delta = _delta;
        var classOf = _classOf;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var next = delta[state + classOf[text[i]]];
            if (next >= 0)
            {
                state = next;
                continue;
            }

            state = ~next;
            Emit(text, i, state / _stride, matches);
        }
    }

    private void Emit(string text, int lastIndex, int state, List<TermMatch> matches)
    {
        for (var k = _outputStart[state]; k < _outputStart[state + 1]; k++)
        {
            var term = _outputTerms[k];
            var length = _termLength[term];
            var start = lastIndex + 1 - length;
            if (ReferenceTermMatcher.IsBoundary(text, start, length))
            {
                matches.Add(new TermMatch(term, start, length));
            }
        }
    }
}
