namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Counts written as words. "one" is left out (it is mostly a pronoun: "one of them"); "hundreds", "thousands" and
/// "dozens" are vague amounts, not figures, so they are not here either.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryUnit(ReadOnlySpan<char> word, out long value) => UnitLookup.TryGetValue(word, out value);
}
