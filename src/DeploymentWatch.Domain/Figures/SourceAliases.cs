using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Figures;

/// <summary>Every alias of every source in one matcher; finds them in a folded sentence, longest first, no overlaps.</summary>
internal sealed class SourceAliases
{
    private readonly AhoCorasickTermMatcher _matcher;
    private readonly string[] _sourceOfTerm;
    private readonly bool[] _genericTerm;
    private readonly bool[] _acronymTerm;
    private readonly Dictionary<string, string?> _countries;

    public SourceAliases(IReadOnlyList<SourceDefinition> sources)
    {
        var terms = new List<string>();
        var owners = new List<string>();
        var generic = new List<bool>();
        var acronym = new List<bool>();
        _countries = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            _countries[source.Id] = source.Country;
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
                    generic.Add(!alias.Any(char.IsUpper));
                    acronym.Add(!alias.Any(char.IsLower));
                }
            }
        }

        _matcher = new AhoCorasickTermMatcher(terms);
        _sourceOfTerm = owners.ToArray();
        _genericTerm = generic.ToArray();
        _acronymTerm = acronym.ToArray();
    }

    /// <summary>The alias is written in capitals only ("NIS", "NATO"): a headline's "NIS:" is a source, not a dateline.</summary>
    public bool IsAcronym(SourceHit hit) => _acronymTerm[hit.TermId];

    /// <summary>
    /// The alias is a common noun written in lower case in the profile ("spy agency", "lawmakers"): it names the
    /// source only when no other country owns it ("Ukraine's spy agency").
    /// </summary>
    public bool IsGeneric(SourceHit hit) => _genericTerm[hit.TermId];

    /// <summary>Both sources speak for one country (the profile's <c>country</c>), so one may own the other's alias.</summary>
    public bool SameCountry(string a, string b) =>
        a == b || (_countries.GetValueOrDefault(a) is { } x && _countries.GetValueOrDefault(b) is { } y && x == y);

    /// <summary>Non-overlapping alias occurrences, leftmost-longest.</summary>
    public List<SourceHit> Find(string folded)
    {
        var hits = new List<SourceHit>();
        var coveredTo = 0;
        var matches = t_matches ??= [];
        _matcher.FindAll(folded, matches);
        foreach (var match in matches)
        {
            if (match.Start < coveredTo)
            {
                continue;
            }

            hits.Add(new SourceHit(_sourceOfTerm[match.TermId], match.Start, match.Start + match.Length) { TermId = match.TermId });
            coveredTo = match.Start + match.Length;
        }

        return hits;
    }

    // The matches of one call, reused by the next on the same thread: every sentence with a number is searched.
    [ThreadStatic]
    private static List<TermMatch>? t_matches;
}
