namespace DeploymentWatch.Domain.Figures;

/// <summary>The sources a sentence names, part by part ("Kyiv says …, while the NIS said …" has two parts).</summary>
internal sealed class SentenceAttribution
{
    private readonly List<int> _partStarts;
    private readonly List<(int Part, string[] Sources)> _spans;

    public SentenceAttribution(List<int> partStarts, List<(int Part, string[] Sources)> spans, bool hasUnnamedCue)
    {
        _partStarts = partStarts;
        _spans = spans;
        HasUnnamedCue = hasUnnamedCue;
    }

    /// <summary>A cue whose source is a pronoun or a generic noun ("it said", "the official added").</summary>
    public bool HasUnnamedCue { get; }

    public bool HasSources => _spans.Any(s => s.Sources.Length > 0);

    public IReadOnlyList<string> All => Distinct(_spans.SelectMany(s => s.Sources));

    /// <summary>The sources of the part holding <paramref name="position"/>, else of the whole sentence.</summary>
    public IReadOnlyList<string> At(int position)
    {
        var part = 0;
        while (part + 1 < _partStarts.Count && _partStarts[part + 1] <= position)
        {
            part++;
        }

        var own = Distinct(_spans.Where(s => s.Part == part).SelectMany(s => s.Sources));
        return own.Count > 0 ? own : All;
    }

    private static List<string> Distinct(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).ToList();
}
