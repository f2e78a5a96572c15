namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// Finds all terms in one pass over the text with an Aho-Corasick automaton compiled to a dense transition table.
/// Chars are first remapped to small classes (every char that occurs in some term gets its own class, all others
/// share class 0), so the table is states × classes ints and a step is two array reads. Reports exactly what
/// <see cref="ReferenceTermMatcher"/> reports, in the same order; the equivalence tests hold it to that.
/// </summary>
public sealed class AhoCorasickTermMatcher : ITermMatcher
{
    private readonly AhoCorasickAutomaton _automaton;

    public AhoCorasickTermMatcher(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Terms = terms;
        _automaton = AhoCorasickAutomaton.Build(terms.Select(TextFolder.Fold).ToArray());
    }

    public IReadOnlyList<string> Terms { get; }

    public IReadOnlyList<TermMatch> FindAll(string foldedText)
    {
        ArgumentNullException.ThrowIfNull(foldedText);
        var matches = new List<TermMatch>();
        _automaton.Scan(foldedText, matches);
        Sort(matches);
        return matches;
    }

    /// <summary>Fills <paramref name="matches"/> (cleared first) with what <see cref="FindAll(string)"/> returns; for callers that reuse one list.</summary>
    internal void FindAll(string foldedText, List<TermMatch> matches)
    {
        matches.Clear();
        _automaton.Scan(foldedText, matches);
        Sort(matches);
    }

    /// <summary>
    /// Fills <paramref name="matches"/> (cleared first) with what <see cref="FindAll"/> returns for the folded
    /// <paramref name="text"/>, in the same order, without folding a copy of it; for callers that reuse one list.
    /// </summary>
    internal void FindAllUnfolded(ReadOnlySpan<char> text, List<TermMatch> matches)
    {
        matches.Clear();
        _automaton.ScanUnfolded(text, matches);
        Sort(matches);
    }

    /// <summary>Whether <see cref="FindAllUnfolded"/> would find anything, stopping at the first match.</summary>
    internal bool AnyUnfolded(ReadOnlySpan<char> text) => _automaton.AnyUnfolded(text);

    private static void Sort(List<TermMatch> matches)
    {
        if (matches.Count > 1)
        {
            matches.Sort(static (a, b) =>
                a.Start != b.Start ? a.Start.CompareTo(b.Start)
                : a.Length != b.Length ? b.Length.CompareTo(a.Length)
                : a.TermId.CompareTo(b.TermId));
        }
    }
}
