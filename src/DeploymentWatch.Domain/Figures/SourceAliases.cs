using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Figures;

/// <summary>Every alias of every source in one matcher; finds them in a folded sentence, longest first, no overlaps.</summary>
internal sealed class SourceAliases
{
    private readonly AhoCorasickTermMatcher _matcher;
    private readonly string[] _sourceOfTerm;

    public SourceAliases(IReadOnlyList<SourceDefinition> sources)
    {
        var terms = new List<string>();
        var owners = new List<string>();
        foreach (var source in sources)
        {
            if (string.Equals(source.Id, FigureExtractor.Unattributed, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var alias in source.Aliases.Append(source.DisplayName))
            {
                if (!string.IsNullOrWhiteSpace(alias) && TextFolder.Fold(alias).Any(TextFolder.IsWordChar))
                {
                    terms.Add(alias);
                    owners.Add(source.Id);
                }
            }
        }

        _matcher = new AhoCorasickTermMatcher(terms);
        _sourceOfTerm = owners.ToArray();
    }

    /// <summary>Non-overlapping alias occurrences, leftmost-longest.</summary>
    public List<SourceHit> Find(string folded)
    {
        var hits = new List<SourceHit>();
        var coveredTo = 0;
        foreach (var match in _matcher.FindAll(folded))
        {
            if (match.Start < coveredTo)
            {
                continue;
            }

            hits.Add(new SourceHit(_sourceOfTerm[match.TermId], match.Start, match.Start + match.Length));
            coveredTo = match.Start + match.Length;
        }

        return hits;
    }
}
