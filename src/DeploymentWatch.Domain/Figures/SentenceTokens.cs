using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>A folded sentence cut into words ("u.s" and "'s" are words) and single punctuation marks.</summary>
internal sealed class SentenceTokens
{
    private readonly List<(int Start, int End)> _tokens = [];

    public SentenceTokens(string folded)
    {
        Text = folded;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            if (c == '\'' && i + 1 < folded.Length && folded[i + 1] == 's' && (i + 2 == folded.Length || !TextFolder.IsWordChar(folded[i + 2])))
            {
                _tokens.Add((i, i + 2));
                i += 2;
                continue;
            }

            if (!TextFolder.IsWordChar(c))
            {
                _tokens.Add((i, i + 1));
                i++;
                continue;
            }

            var end = i;
            while (end < folded.Length && (TextFolder.IsWordChar(folded[end])
                                            || (folded[end] == '.' && end + 1 < folded.Length && char.IsLetter(folded[end + 1]) && end > i && end - i < 3)))
            {
                end++;
            }

            _tokens.Add((i, end));
            i = end;
        }
    }

    public string Text { get; }

    public int Count => _tokens.Count;

    public int Start(int index) => _tokens[index].Start;

    public int End(int index) => _tokens[index].End;

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].End - _tokens[index].Start);

    public bool Is(int index, string word) => index >= 0 && index < _tokens.Count && Span(index).SequenceEqual(word);

    /// <summary>The token that starts at or after <paramref name="position"/>.</summary>
    public int IndexAtOrAfter(int position)
    {
        for (var t = 0; t < _tokens.Count; t++)
        {
            if (_tokens[t].Start >= position)
            {
                return t;
            }
        }

        return _tokens.Count;
    }
}
