using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Figures;

/// <summary>A folded sentence cut into words ("u.s" and "'s" are words) and single punctuation marks.</summary>
internal sealed class SentenceTokens
{
    private readonly (int Start, int End)[] _tokens;

    public SentenceTokens(string folded)
    {
        Text = folded;

        // Counted first, then written: one array of the right size, instead of a list grown by doubling for every
        // sentence the attributor reads.
        _tokens = new (int Start, int End)[Scan(folded, null)];
        Scan(folded, _tokens);
    }

    /// <summary>Cuts the text into tokens, writing them into <paramref name="into"/> when given; returns how many.</summary>
    private static int Scan(string folded, (int Start, int End)[]? into)
    {
        var count = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            int end;
            if (c == '\'' && i + 1 < folded.Length && folded[i + 1] == 's' && (i + 2 == folded.Length || !TextFolder.IsWordChar(folded[i + 2])))
            {
                end = i + 2;
            }
            else if (!TextFolder.IsWordChar(c))
            {
                end = i + 1;
            }
            else
            {
                end = i;
                while (end < folded.Length && (TextFolder.IsWordChar(folded[end])
                                                || (folded[end] == '.' && end + 1 < folded.Length && char.IsLetter(folded[end + 1]) && end > i && end - i < 3)))
                {
                    end++;
                }
            }

            if (into is not null)
            {
                into[count] = (i, end);
            }

            count++;
            i = end;
        }

        return count;
    }

    public string Text { get; }

    public int Count => _tokens.Length;

    public int Start(int index) => _tokens[index].Start;

    public int End(int index) => _tokens[index].End;

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].End - _tokens[index].Start);

    public bool Is(int index, string word) => index >= 0 && index < _tokens.Length && Span(index).SequenceEqual(word);

    /// <summary>The token that starts at or after <paramref name="position"/>.</summary>
    public int IndexAtOrAfter(int position)
    {
        for (var t = 0; t < _tokens.Length; t++)
        {
            if (_tokens[t].Start >= position)
            {
                return t;
            }
        }

        return _tokens.Length;
    }
}
