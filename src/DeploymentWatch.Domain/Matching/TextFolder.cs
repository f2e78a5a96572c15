using System.Globalization;
using System.Text;

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

    private static char[] BuildMap()
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            map[i] = FoldChar((char)i);
        }

        return map;
    }

    private static char FoldChar(char c)
    {
        // Surrogate halves and the noncharacters U+FDD0–U+FDEF, U+FFFE, U+FFFF fold to themselves: ICU's Normalize
        // rejects U+FFFE ("invalid Unicode code points"), which made this type's initializer throw.
        if (char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
        {
            return c;
        }

        switch (c)
        {
            case '\u2019' or '\u2018' or '\u02BC' or '\u0060' or '\u00B4' or '\u2032':
                return '\'';
            case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u00AD':
                return ' ';
            case '\u00A0' or '\u2007' or '\u202F' or '\t':
                return ' ';
            default:
                break;
        }

        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var baseChar = decomposed[0];
        if (decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark)
        {
            return char.ToLowerInvariant(baseChar);
        }

        return char.ToLowerInvariant(c);
    }
}
