namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// The place line a wire story opens with — "SEOUL:", "KYIV, Jan 5 (Reuters) -", "WASHINGTON, United States —" —
/// names where the story was filed, not who said it: blanked out before sources are looked for.
/// </summary>
internal static class Dateline
{
    private const int MaxLength = 60;

    /// <summary>The folded sentence with its dateline (if it opens with one) turned into spaces; offsets stay.</summary>
    public static string Blank(string text, string folded)
    {
        var end = Length(text);
        return end == 0 ? folded : string.Concat(new string(' ', end), folded.AsSpan(end));
    }

    /// <summary>How many chars of <paramref name="text"/> the dateline takes (with its dash or colon), or 0.</summary>
    public static int Length(string text)
    {
        // An upper-case place name of at least three letters: "SEOUL", "NEW YORK", "KYIV".
        var i = 0;
        var letters = 0;
        while (i < text.Length && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '\'' ))
        {
            letters += char.IsUpper(text[i]) ? 1 : 0;
            i++;
        }

        if (letters < 3 || (i < text.Length && char.IsLower(text[i])))
        {
            return 0;
        }

        // Then, up to the dash or colon: a country, a date, an agency in brackets ("(Reuters)"), nothing else.
        var limit = Math.Min(text.Length - 1, MaxLength);
        for (; i < limit; i++)
        {
            var c = text[i];
            if (c is ':' or '\u2014' or '\u2013' or '-' && text[i + 1] == ' ' && (i == 0 || text[i - 1] is ' ' or ')' || c == ':'))
            {
                return i + 1;
            }

            if (c is '.' or '!' or '?' or '"' or '\u201C')
            {
                return 0;
            }
        }

        return 0;
    }
}
