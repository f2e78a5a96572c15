namespace DeploymentWatch.Domain.Matching;

/// <summary>
/// Folds text for matching, one char for one char, so that positions in folded text are positions in the original:
/// lower case, diacritics dropped (é → e), every dash and hyphen → space, every apostrophe variant → '.
/// "Kim Jong-un" and "Kim Jong Un" fold alike; "Zelenskyy’s" keeps its apostrophe as '.
/// </summary>
public static class TextFolder
{
    private static readonly char[] Map = BuildMap();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Map[source[i]];
            }
        });
    }

    /// <summary>Folds a slice of text (a sentence of an article) without cutting it out first.</summary>
    public static string Fold(ReadOnlySpan<char> text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Map[source[i]];
            }
        });

    /// <summary>One char folded as <see cref="Fold(string)"/> folds it.</summary>
    public static char Fold(char c) => Map[c];

    /// <summary>True for chars that continue a word: letters, digits and the apostrophe inside "Korea's".</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>
    /// The map comes from a generated table rather than from Normalize at start-up: a build without ICU (the native
    /// scan runs with invariant globalization) has a Normalize that decomposes nothing, so "é" stayed "é" there, and
    /// normalizing all 65,536 chars one string at a time was a fifth of that build's start-up. The table's definition
    /// and generator are TextFolderTests, which checks it against ICU for every char.
    /// </summary>
    private static char[] BuildMap()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            map[i] = (char)i;
        }

        ReadOnlySpan<char> pairs = TextFolderTable.Pairs;
        for (var i = 0; i < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
