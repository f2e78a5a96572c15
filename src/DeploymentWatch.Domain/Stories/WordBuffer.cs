namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// A text's words as <see cref="StoryText.Words"/> splits them (lower-cased letters and digits, "1,100" one word),
/// written into one char buffer, each followed by a single space, with their offsets: a word or a run of words
/// (a shingle is three) is a span of the buffer, so fingerprinting needs no string per word or per shingle.
/// Reused per thread: <see cref="Rent"/> hands out a cleared buffer.
/// </summary>
internal sealed class WordBuffer
{
    [ThreadStatic]
    private static WordBuffer? _first;

    [ThreadStatic]
    private static WordBuffer? _second;

    private char[] _chars = new char[4096];
    private int[] _starts = new int[512];
    private int[] _ends = new int[512];
    private int _length;

    public int Count { get; private set; }

    /// <summary>One of this thread's two buffers (a fingerprint splits the text and its folded copy side by side), cleared.</summary>
    public static WordBuffer Rent(bool second)
    {
        var buffer = second ? _second ??= new WordBuffer() : _first ??= new WordBuffer();
        buffer._length = 0;
        buffer.Count = 0;
        return buffer;
    }

    public ReadOnlySpan<char> Word(int index) => _chars.AsSpan(_starts[index], _ends[index] - _starts[index]);

    /// <summary>Words <paramref name="first"/> to <paramref name="last"/> joined by single spaces.</summary>
    public ReadOnlySpan<char> Run(int first, int last) => _chars.AsSpan(_starts[first], _ends[last] - _starts[first]);

    /// <summary>
    /// Adds the words of <paramref name="text"/>, each char first mapped through <paramref name="fold"/> (indexed by
    /// char) unless it is empty. A word never continues from one call into the next, as in a text where the two
    /// parts are separated by a line break.
    /// </summary>
    public void Append(ReadOnlySpan<char> text, ReadOnlySpan<char> fold)
    {
        // Every char gives at most one: a word char, or the space that ends the word before it; plus a last space.
        Grow(ref _chars, _length + text.Length + 1);
        Grow(ref _starts, Count + (text.Length / 2) + 2);
        Grow(ref _ends, _starts.Length);
        var chars = _chars;
        var length = _length;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = fold.IsEmpty ? text[i] : fold[text[i]];
            char lower;
            if ((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
            {
                lower = c;
            }
            else if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                lower = (char)(c | 0x20);
            }
            else if (c >= 128 && char.IsLetterOrDigit(c))
            {
                lower = char.ToLowerInvariant(c);
            }
            else
            {
                if (inWord && !IsDigitSeparator(c, chars[length - 1], text, i, fold))
                {
                    _ends[Count++] = length;
                    chars[length++] = ' ';
                    inWord = false;
                }

                continue;
            }

            if (!inWord)
            {
                // Words are at least one char and end with a separator, so there are at most half as many as chars (+1).
                _starts[Count] = length;
                inWord = true;
            }

            chars[length++] = lower;
        }

        if (inWord)
        {
            _ends[Count++] = length;
            chars[length++] = ' ';
        }

        _length = length;
    }

    // "1,100" and "3.5": a comma or point between digits keeps the number one word.
    private static bool IsDigitSeparator(char c, char previous, ReadOnlySpan<char> text, int i, ReadOnlySpan<char> fold) =>
        (c == ',' || c == '.') && char.IsDigit(previous) && i + 1 < text.Length
        && char.IsDigit(fold.IsEmpty ? text[i + 1] : fold[text[i + 1]]);

    private static void Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            Array.Resize(ref array, Math.Max(size, array.Length * 2));
        }
    }
}
