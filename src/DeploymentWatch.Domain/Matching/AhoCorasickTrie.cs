namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// Builds the automaton's transition table and output lists. Word boundaries are built in at the start of a match:
/// a term that begins with a word char may only begin after a non-word char or at the text start, so there are two
/// roots — state 0 "after a boundary" (every term may begin) and state 1 "inside a word" (only terms that begin with
/// a non-word char may) — and failure links follow only suffixes that could legally begin where they do. "nis" is
/// then never even reported inside "tennis"; the end of a match is checked when it is emitted.
/// </summary>
internal sealed class AhoCorasickTrie
{
    public const int BoundaryRoot = 0;
    public const int InWordRoot = 1;

    private AhoCorasickTrie(int[] delta, int[] outputStart, int[] outputEnd, int[] outputTerms)
    {
        Delta = delta;
        OutputStart = outputStart;
        OutputEnd = outputEnd;
        OutputTerms = outputTerms;
    }

    /// <summary>Dense transitions: Delta[state * stride + class] = next state (not yet scaled).</summary>
    public int[] Delta { get; }

    /// <summary>A state's terms are OutputTerms[OutputStart[state]..OutputEnd[state]].</summary>
    public int[] OutputStart { get; }

    public int[] OutputEnd { get; }

    public int[] OutputTerms { get; }

    /// <param name="isWordClass">For each char class, whether its chars continue a word.</param>
    public static AhoCorasickTrie Build(string[] terms, ushort[] classOf, bool[] isWordClass)
    {
        var stride = isWordClass.Length;

        // The trie is kept sparse while terms are added (each state knows its first child, its next sibling and the
        // class of the edge into it); the dense table is written once, row by row, in breadth-first order. A dense
        // table grown row by row cost more in copying and fresh memory than the rest of the build.
        var firstChild = new List<int> { -1, -1 };
        var nextSibling = new List<int> { -1, -1 };
        var edgeClass = new List<int> { -1, -1 };
        var own = new List<List<int>?> { null, null };
        for (var id = 0; id < terms.Length; id++)
        {
            var term = terms[id];
            if (term.Length == 0)
            {
                continue;
            }

            var state = BoundaryRoot;
            foreach (var c in term)
            {
                var cls = classOf[c];
                var child = firstChild[state];
                while (child >= 0 && edgeClass[child] != cls)
                {
                    child = nextSibling[child];
                }

                if (child < 0)
                {
                    child = own.Count;
                    own.Add(null);
                    firstChild.Add(-1);
                    edgeClass.Add(cls);
                    nextSibling.Add(firstChild[state]);
                    firstChild[state] = child;
                }

                state = child;
            }

            (own[state] ??= []).Add(id);
        }

        var states = own.Count;
        var delta = new int[states * stride];
        var fail = new int[states];
        var outputStart = new int[states];
        var outputEnd = new int[states];
        var outputTerms = new List<int>();
        var queue = new Queue<int>();

        // The roots: a char with no child goes to the root its own kind selects; the in-word root only starts
        // terms whose first char is not a word char.
        for (var cls = 0; cls < stride; cls++)
        {
            var restart = isWordClass[cls] ? InWordRoot : BoundaryRoot;
            delta[cls] = restart;
            delta[stride + cls] = restart;
        }

        for (var child = firstChild[BoundaryRoot]; child >= 0; child = nextSibling[child])
        {
            var cls = edgeClass[child];
            delta[cls] = child;
            if (!isWordClass[cls])
            {
                delta[stride + cls] = child;
            }

            fail[child] = isWordClass[cls] ? InWordRoot : BoundaryRoot;
            queue.Enqueue(child);
        }

        // Breadth first, a state's failure target is shallower, so its row and its outputs are complete: the state's
        // row starts as a copy of it, and its outputs are its own terms then the target's.
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            var target = fail[state];
            outputStart[state] = outputTerms.Count;
            if (own[state] is { } terminal)
            {
                outputTerms.AddRange(terminal);
            }

            for (var k = outputStart[target]; k < outputEnd[target]; k++)
            {
                outputTerms.Add(outputTerms[k]);
            }

            outputEnd[state] = outputTerms.Count;
            Array.Copy(delta, target * stride, delta, state * stride, stride);
            for (var child = firstChild[state]; child >= 0; child = nextSibling[child])
            {
                var slot = (state * stride) + edgeClass[child];
                fail[child] = delta[slot];
                delta[slot] = child;
                queue.Enqueue(child);
            }
        }

        return new AhoCorasickTrie(delta, outputStart, outputEnd, outputTerms.ToArray());
    }
}
