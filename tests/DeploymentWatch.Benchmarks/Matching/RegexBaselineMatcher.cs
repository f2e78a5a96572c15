using System.Text.RegularExpressions;

namespace DeploymentWatch.Benchmarks.Matching;

/// <summary>The naive baseline: one compiled, case-insensitive <see cref="Regex"/> per keyword, with \b boundaries.</summary>
public sealed class RegexBaselineMatcher
{
    private readonly Regex[] _patterns;

    public RegexBaselineMatcher(IReadOnlyList<string> terms)
    {
        _patterns = terms
            .Select(t => new Regex(@"\b" + Regex.Escape(t) + @"\b", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToArray();
    }

    /// <summary>Number of matches, counted the way a caller would walk them.</summary>
    public int CountAll(string text)
    {
        var count = 0;
        foreach (var pattern in _patterns)
        {
            foreach (var _ in pattern.EnumerateMatches(text))
            {
                count++;
            }
        }

        return count;
    }
}
