namespace DeploymentWatch.Domain.Articles;

/// <summary>
/// One sentence of an article's text, with its offset in that text. The splitter keeps a reference to the article
/// text and cuts <see cref="Text"/> out of it on first use: most articles are off topic, and nothing ever reads their
/// sentences' text, only where they start and end.
/// </summary>
public sealed record Sentence
{
    private readonly string _source;
    private readonly int _from;
    private string? _text;

    public Sentence(int index, int start, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Index = index;
        Start = start;
        Length = text.Length;
        _source = text;
        _text = text;
    }

    /// <summary>The sentence <paramref name="source"/>[<paramref name="start"/>, +<paramref name="length"/>).</summary>
    internal Sentence(int index, string source, int start, int length)
    {
        Index = index;
        Start = start;
        Length = length;
        _source = source;
        _from = start;
    }

    public int Index { get; init; }

    /// <summary>Where the sentence starts; moving it (with <c>with</c>) leaves <see cref="Text"/> as it is.</summary>
    public int Start { get; init; }

    // A racing first read cuts the same string twice; either copy is right.
    public string Text => _text ??= _source.Substring(_from, Length);

    internal int Length { get; }

    public int End => Start + Length;

    public bool Equals(Sentence? other) =>
        other is not null && Index == other.Index && Start == other.Start && Length == other.Length
        && _source.AsSpan(_from, Length).SequenceEqual(other._source.AsSpan(other._from, other.Length));

    public override int GetHashCode() => HashCode.Combine(Index, Start, string.GetHashCode(_source.AsSpan(_from, Length)));

    /// <summary>The sentence's chars without cutting them out.</summary>
    internal ReadOnlySpan<char> Span => _source.AsSpan(_from, Length);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Index = ").Append(Index).Append(", Start = ").Append(Start).Append(", Text = ").Append(Text).Append(", End = ").Append(End);
        return true;
    }
}
