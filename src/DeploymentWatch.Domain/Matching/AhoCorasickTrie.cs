using System.Runtime.InteropServices;

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

    private AhoCorasickTrie(int[] delta, int[] outputStart, int[] outputTerms)
    {
        Delta = delta;
        OutputStart = outputStart;
        OutputTerms = outputTerms;
    }

    /// <summary>Dense transitions: Delta[state * stride + class] = next state (not yet scaled).</summary>
    public int[] Delta { get; }

    public int[] OutputStart { get; }

    public int[] OutputTerms { get; }

    /// <param name="isWordClass">For each char class, whether its chars continue a word.</param>
    public static AhoCorasickTrie Build(string[] terms, ushort[] classOf, bool[] isWordClass)
    {
        var stride = isWordClass.Length;
        var children = new List<int>(stride * 64);
        children.AddRange(new int[stride * 2]);
        var own = new List<List<int>?> { null, null };
        var lastIsWord = new List<bool> { false, true };
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
                var slot = (state * stride) + classOf[c];
                if (children[slot] == 0)
                {
                    children[slot] = own.Count;
                    own.Add(null);
                    lastIsWord.Add(isWordClass[classOf[c]]);

                    // The new state's row, zeroed, without allocating an array per state to copy it from.
                    var row = children.Count;
                    CollectionsMarshal.SetCount(children, row + stride);
                    CollectionsMarshal.AsSpan(children).Slice(row, stride).Clear();
                }

                state = children[slot];
            }

            (own[state] ??= []).Add(id);
        }

        var states = own.Count;
        var delta = new int[states * stride];
        var fail = new int[states];
        var outputs = new List<int>[states];
        outputs[BoundaryRoot] = [];
        outputs[InWordRoot] = [];
        var queue = new Queue<int>();

        // The roots: a char with no child goes to the root its own kind selects; the in-word root only starts
        // terms whose first char is not a word char.
        for (var cls = 0; cls < stride; cls++)
        {
            var restart = isWordClass[cls] ? InWordRoot : BoundaryRoot;
            var child = children[cls];
            delta[cls] = child != 0 ? child : restart;
            delta[stride + cls] = child != 0 && !isWordClass[cls] ? child : restart;
            if (child != 0)
            {
                fail[child] = restart;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state] = [.. own[state] ?? [], .. outputs[fail[state]]];
            for (var cls = 0; cls < stride; cls++)
            {
                var child = children[(state * stride) + cls];
                if (child != 0)
                {
                    fail[child] = delta[(fail[state] * stride) + cls];
                    delta[(state * stride) + cls] = child;
                    queue.Enqueue(child);
                }
                else
                {
                    delta[(state * stride) + cls] = delta[(fail[state] * stride) + cls];
                }
            }
        }

        var outputStart = new int[states + 1];
        var outputTerms = new List<int>();
        for (var s = 0; s < states; s++)
        {
            outputStart[s] = outputTerms.Count;
            outputTerms.AddRange(outputs[s]);
        }

        outputStart[states] = outputTerms.Count;
        return new AhoCorasickTrie(delta, outputStart, outputTerms.ToArray());
    }
}
