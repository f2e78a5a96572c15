namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// A fingerprint's values as <see cref="StoryMatcher"/> reads them for every pair: arrays instead of list
/// interfaces, and the keywords as <see cref="Stories.KeywordCodes"/>. Made once per fingerprint, not per comparison.
/// </summary>
internal sealed class MatchFeatures
{
    private readonly StoryFingerprint _of;
    private readonly IReadOnlyList<uint> _minHash;
    private readonly IReadOnlyList<string> _figureKeys;
    private readonly IReadOnlyList<string>? _keywords;
    private readonly IReadOnlyList<string> _topics;

    public MatchFeatures(StoryFingerprint fingerprint)
    {
        _of = fingerprint;
        _minHash = fingerprint.MinHash;
        _figureKeys = fingerprint.FigureKeys;
        _keywords = fingerprint.Keywords;
        _topics = fingerprint.Topics;
        MinHash = fingerprint.MinHash as uint[] ?? [.. fingerprint.MinHash];
        FigureKeys = fingerprint.FigureKeys as string[] ?? [.. fingerprint.FigureKeys];
        Topics = fingerprint.Topics as string[] ?? [.. fingerprint.Topics];
        Keywords = KeywordCodes.From(fingerprint.Keywords);
    }

    public uint[] MinHash { get; }

    public string[] FigureKeys { get; }

    public string[] Topics { get; }

    public KeywordCodes Keywords { get; }

    /// <summary>Whether these are still the values of <paramref name="fingerprint"/> (a `with` copy shares the field, not always the lists).</summary>
    public bool IsOf(StoryFingerprint fingerprint) =>
        ReferenceEquals(_of, fingerprint)
        || (ReferenceEquals(_minHash, fingerprint.MinHash) && ReferenceEquals(_figureKeys, fingerprint.FigureKeys)
            && ReferenceEquals(_keywords, fingerprint.Keywords) && ReferenceEquals(_topics, fingerprint.Topics));
}
