namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// Finds every occurrence of a fixed list of terms in text folded with <see cref="TextFolder.Fold(string)"/>, on word
/// boundaries (a match neither starts nor ends inside a word). Overlapping matches of different terms are all
/// reported; results are ordered by start, then by length descending, then by term id. Terms are given unfolded.
/// </summary>
public interface ITermMatcher
{
    IReadOnlyList<string> Terms { get; }

    IReadOnlyList<TermMatch> FindAll(string foldedText);
}
