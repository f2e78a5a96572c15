using System.Buffers;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// A quote that runs over several sentences: “About 300 were killed. Many more were wounded,” the official said.
/// Tracks whether a quote opened in an earlier sentence is still open, who opened it (the official said: “…) and
/// the unattributed figures read inside it, which take the speaker named where it opens or closes.
/// </summary>
internal sealed class RunningQuote
{
    // Unbalanced quote marks in a messy feed must not make the rest of an article one quote.
    private const int MaxSentences = 8;

    public static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"\u201C\u201D");

    private int _sentences;

    /// <summary>The sources named in the sentence that opened the quote, if any.</summary>
    public IReadOnlyList<string> OpenerSources { get; private set; } = [];

    /// <summary>Indexes of the figures read inside the quote that still have no source.</summary>
    public List<int> Figures { get; } = [];

    public bool IsOpen { get; private set; }

    /// <summary>Moves over one sentence; returns whether it began inside the quote and whether it ends inside one.</summary>
    public (bool StartsInside, bool EndsInside) Advance(string text) => Advance(text.AsSpan());

    /// <inheritdoc cref="Advance(string)"/>
    public (bool StartsInside, bool EndsInside) Advance(ReadOnlySpan<char> text)
    {
        var startsInside = IsOpen && ++_sentences <= MaxSentences;
        var open = startsInside;
        var rest = text;
        for (var at = rest.IndexOfAny(QuoteMarks); at >= 0; at = rest.IndexOfAny(QuoteMarks))
        {
            open = rest[at] switch
            {
                '\u201C' => true,
                '\u201D' => false,
                _ => !open,
            };
            rest = rest[(at + 1)..];
        }

        if (!startsInside)
        {
            Figures.Clear();
            OpenerSources = [];
            _sentences = 0;
        }

        IsOpen = open;
        return (startsInside, open);
    }

    /// <summary>The sentence that opened the quote named these sources.</summary>
    public void OpenedBy(IReadOnlyList<string> sources) => OpenerSources = sources;
}
