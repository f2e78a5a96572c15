namespace DeploymentWatch.Tests.Hostile;

/// <summary>
/// The expected outcome written beside a corpus case (<c>NAME.expect</c>): <c>key: value</c> lines, a key may repeat
/// (every <c>contains</c> must hold); lines starting with '#' say why the case exists.
/// </summary>
internal sealed class CaseExpectation
{
    private readonly ILookup<string, string> values;

    private CaseExpectation(ILookup<string, string> values) => this.values = values;

    public static CaseExpectation Load(string path) => new(File.ReadAllLines(path)
        .Where(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith('#'))
        .Select(l => l.Split(':', 2))
        .Where(p => p.Length == 2)
        .ToLookup(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal));

    public string? this[string key] => values[key].FirstOrDefault();

    public IEnumerable<string> All(string key) => values[key];

    public int? Number(string key) => this[key] is { } text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    public bool Flag(string key) => string.Equals(this[key], "true", StringComparison.OrdinalIgnoreCase);
}
