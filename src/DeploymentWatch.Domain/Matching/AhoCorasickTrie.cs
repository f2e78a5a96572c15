namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// Builds the trie of the folded terms, its failure links (breadth first) and from them the full transition
/// table and each state's output list (its own terms, then those of its failure chain).
/// </summary>
internal sealed class AhoCorasickTrie
{
    private AhoCorasickTrie(int[] delta, int[] outputStart, int[] outputTerms)
    {
        Delta = delta;
        OutputStart = outputStart;
        OutputTerms = outputTerms;
    }

    public int[] Delta { get; }

    public int[] OutputStart { get; }

    public int[] OutputTerms { get; }

    public static AhoCorasickTrie Build(string[] terms, ushort[] classOf, int stride)
    {
        // Goto function: children[state * stride + class] = child state + 1 (0 = none) while building.
        var children = new List<int>(stride * 64);
        children.AddRange(new int[stride]);
        var own = new List<List<int>?> { null };
        for (var id = 0; id < terms.Length; id++)
        {
            var term = terms[id];
            if (term.Length == 0)
            {
                continue;
            }

            var state = 0;
            foreach (var c in term)
            {
                var slot = (state * stride) + classOf[c];
                if (children[slot] == 0)
                {
                    children[slot] = own.Count;
                    own.Add(null);
                    children.AddRange(new int[stride]);
                }

                state = children[slot];
            }

            (own[state] ??= []).Add(id);
        }

        var states = own.Count;
        var delta = new int[states * stride];
        var fail = new int[states];
        var outputs = new List<int>[states];
        outputs[0] = own[0] ?? [];
        var queue = new Queue<int>();
        for (var cls = 0; cls < stride; cls++)
        {
            var child = children[cls];
            if (child != 0)
            {
                fail[child] = 0;
                delta[cls] = child;
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

        // Pre-multiply targets by the stride and flag targets that end a term, for the scan loop.
        for (var i = 0; i < delta.Length; i++)
        {
            var target = delta[i];
            var scaled = target * stride;
            delta[i] = outputStart[target + 1] > outputStart[target] ? ~scaled : scaled;
        }

        return new AhoCorasickTrie(delta, outputStart, outputTerms.ToArray());
    }
}
