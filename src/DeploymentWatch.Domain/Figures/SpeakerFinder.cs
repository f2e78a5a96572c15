using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Names the person behind a figure: a speaker of one of the figure's sources (profiles.yaml `speakers`) named in
/// its clause, else in its sentence. "Earlier claims from … Zelenskyy suggested … around 4,000" → Zelensky.
/// </summary>
internal sealed class SpeakerFinder
{
    private readonly (string SourceId, string Name, string Alias)[] _aliases;

    public SpeakerFinder(IReadOnlyList<SourceDefinition> sources)
    {
        _aliases = sources
            .SelectMany(s => s.Speakers.SelectMany(p => p.Aliases.Append(p.Name).Select(a => (s.Id, p.Name, TextFolder.Fold(a.Trim())))))
            .Where(a => a.Item3.Length > 0)
            .Distinct()
            .OrderByDescending(a => a.Item3.Length)
            .ToArray();
    }

    public string? Find(string folded, IReadOnlyList<string> sources, int clauseStart, int clauseEnd)
    {
        if (_aliases.Length == 0)
        {
            return null;
        }

        return Find(folded, sources, clauseStart, clauseEnd, inClause: true) ?? Find(folded, sources, 0, folded.Length, inClause: false);
    }

    private string? Find(string folded, IReadOnlyList<string> sources, int from, int to, bool inClause)
    {
        foreach (var (sourceId, name, alias) in _aliases)
        {
            if (!sources.Contains(sourceId, StringComparer.Ordinal))
            {
                continue;
            }

            for (var at = folded.IndexOf(alias, from, StringComparison.Ordinal); at >= 0 && at < to; at = folded.IndexOf(alias, at + 1, StringComparison.Ordinal))
            {
                if ((inClause ? at + alias.Length <= to : true) && ReferenceTermMatcher.IsBoundary(folded, at, alias.Length))
                {
                    return name;
                }
            }
        }

        return null;
    }
}
