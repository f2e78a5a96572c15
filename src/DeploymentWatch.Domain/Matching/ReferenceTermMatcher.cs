namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// The simple matcher: each term searched on its own with IndexOf. Slow with many terms, obviously right; it is the
/// reference the fast matcher must agree with, match for match.
/// </summary>
public sealed class ReferenceTermMatcher : ITermMatcher
{
    private readonly string[] _folded;

    public ReferenceTermMatcher(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Terms = terms;
        _folded = terms.Select(TextFolder.Fold).ToArray();
    }

    public IReadOnlyList<string> Terms { get; }

    public IReadOnlyList<TermMatch> FindAll(string foldedText)
    {
        ArgumentNullException.ThrowIfNull(foldedText);
        var matches = new List<TermMatch>();
        for (var id = 0; id < _folded.Length; id++)
        {
            var term = _folded[id];
            if (term.Length == 0)
            {
                continue;
            }

            var at = foldedText.IndexOf(term, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (IsBoundary(foldedText, at, term.Length))
                {
                    matches.Add(new TermMatch(id, at, term.Length));
                }

                at = foldedText.IndexOf(term, at + 1, StringComparison.Ordinal);
            }
        }

        matches.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.TermId.CompareTo(b.TermId));
        return matches;
    }

    /// <summary>A match must not start or end inside a word ("nis" is not in "tennis").</summary>
    internal static bool IsBoundary(string text, int start, int length)
    {
        var end = start + length;
        var startOk = start == 0 || !TextFolder.IsWordChar(text[start - 1]) || !TextFolder.IsWordChar(text[start]);
        var endOk = end == text.Length || !TextFolder.IsWordChar(text[end]) || !TextFolder.IsWordChar(text[end - 1]);
        return startOk && endOk;
    }
}
