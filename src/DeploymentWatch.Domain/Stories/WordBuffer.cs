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

    // ASCII letters and digits lower-cased, 0 for every other ASCII char: one load classifies most chars.
    private static readonly char[] AsciiWordChars = BuildAsciiWordChars();

    private char[] _chars = new char[4096];
    private int[] _starts = new int[512];
    private int[] _ends = new int[512];
    private int _length;

    public int Count { get; private set; }

    /// <summary>One of this thread's two buffers (a fingerprint splits the text and the title side by side), cleared.</summary>
    public static WordBuffer Rent(bool second)
    {
        var buffer = second ? _second ??= new WordBuffer() : _first ??= new WordBuffer();
        buffer.Clear();
        return buffer;
    }

    public void Clear()
    {
        _length = 0;
        Count = 0;
    }

    public ReadOnlySpan<char> Word(int index) => _chars.AsSpan(_starts[index], _ends[index] - _starts[index]);

    /// <summary>Words <paramref name="first"/> to <paramref name="last"/> joined by single spaces.</summary>
    public ReadOnlySpan<char> Run(int first, int last) => _chars.AsSpan(_starts[first], _ends[last] - _starts[first]);

    /// <summary>
    /// Adds the words of <paramref name="text"/>; true when its folded text (<see cref="StoryText.FoldsAlike"/> for
    /// every char) has the same words, as any ASCII text does. A word never continues from one call into the next,
    /// as in a text where the two parts are separated by a line break.
    /// </summary>
    public bool Append(ReadOnlySpan<char> text) => Append(text, default(AsWritten));

    /// <summary>Adds the words of <paramref name="text"/> folded char for char through <paramref name="map"/>.</summary>
    public void AppendFolded(ReadOnlySpan<char> text, string map) => Append(text, new Folded(map));

    private bool Append<TChars>(ReadOnlySpan<char> text, TChars chars)
        where TChars : struct, IChars
    {
        // Every char gives at most one: a word char, or the space that ends the word before it; plus a last space.
        Grow(ref _chars, _length + text.Length + 1);
        Grow(ref _starts, Count + (text.Length / 2) + 2);
        Grow(ref _ends, _starts.Length);
        var buffer = _chars;
        var length = _length;
        var inWord = false;
        var alike = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = chars.At(text, i);
            char lower;
            if (c < 128)
            {
                lower = AsciiWordChars[c];
            }
            else
            {
                alike &= chars.FoldsAlike(c);
                lower = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
            }

            if (lower == '\0')
            {
                // "1,100" and "3.5": a comma or point between digits keeps the number one word.
                if (inWord && !((c == ',' || c == '.') && char.IsDigit(buffer[length - 1]) && i + 1 < text.Length && char.IsDigit(chars.At(text, i + 1))))
                {
                    _ends[Count++] = length;
                    buffer[length++] = ' ';
                    inWord = false;
                }

                continue;
            }

            if (!inWord)
            {
                _starts[Count] = length;
                inWord = true;
            }

            buffer[length++] = lower;
        }

        if (inWord)
        {
            _ends[Count++] = length;
            buffer[length++] = ' ';
        }

        _length = length;
        return alike;
    }

    private static char[] BuildAsciiWordChars()
    {
        var map = new char[128];
        for (var c = '0'; c <= '9'; c++)
        {
            map[c] = c;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            map[c] = c;
            map[char.ToUpperInvariant(c)] = c;
        }

        return map;
    }

    private static void Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            Array.Resize(ref array, Math.Max(size, array.Length * 2));
        }
    }

    // The chars as read: as written, or folded. A struct each, so the loop is compiled once per kind without a test per char.
    private interface IChars
    {
        char At(ReadOnlySpan<char> text, int index);

        bool FoldsAlike(char c);
    }

    private readonly struct AsWritten : IChars
    {
        public char At(ReadOnlySpan<char> text, int index) => text[index];

        public bool FoldsAlike(char c) => StoryText.FoldsAlike(c);
    }

    private readonly struct Folded(string map) : IChars
    {
        public char At(ReadOnlySpan<char> text, int index) => map[text[index]];

        public bool FoldsAlike(char c) => true;
    }
}
