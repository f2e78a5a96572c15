using System.Numerics;
using System.Runtime.Intrinsics;

namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// A fingerprint's keywords for counting shared ones fast and exactly: each keyword of up to 13 letters a–z as a
/// number (base 27, one digit per letter, so two keywords are equal exactly when their numbers are), the numbers
/// sorted; the few other keywords (longer, or with other letters) kept as strings, sorted ordinally. A keyword with
/// a number never equals one without, so the shared count is the sum of the two merges. Matching compares one
/// alert with hundreds: a merge over sorted numbers costs a fraction of one over strings behind an interface.
/// </summary>
internal sealed class KeywordCodes
{
    private const int MaxCodedLength = 13; // 27^13 < 2^63

    public static readonly KeywordCodes None = new([], []);

    private KeywordCodes(ulong[] codes, string[] others)
    {
        Codes = codes;
        Others = others;
        for (var i = 1; i < codes.Length; i++)
        {
            _repeats |= codes[i] == codes[i - 1];
        }
    }

    // A list with a keyword twice (never made by StoryFingerprint.From) is counted by the plain merge only.
    private readonly bool _repeats;

    public ulong[] Codes { get; }

    public string[] Others { get; }

    public int Count => Codes.Length + Others.Length;

    public static KeywordCodes From(IReadOnlyList<string>? keywords)
    {
        if (keywords is null || keywords.Count == 0)
        {
            return None;
        }

        var codes = new List<ulong>(keywords.Count);
        List<string>? others = null;
        foreach (var keyword in keywords)
        {
            if (Code(keyword) is { } code)
            {
                codes.Add(code);
            }
            else
            {
                (others ??= []).Add(keyword);
            }
        }

        codes.Sort();
        others?.Sort(StringComparer.Ordinal);
        return new KeywordCodes([.. codes], others is null ? [] : [.. others]);
    }

    /// <summary>How many keywords both have (each list holds distinct keywords, as fingerprints do).</summary>
    public static int SharedCount(KeywordCodes a, KeywordCodes b)
    {
        var shared = SharedCount(a.Codes, b.Codes, !a._repeats && !b._repeats);
        if (a.Others.Length > 0 && b.Others.Length > 0)
        {
            shared += SharedCount(a.Others, b.Others);
        }

        return shared;
    }

    private static int SharedCount(ulong[] a, ulong[] b, bool distinct)
    {
        int i = 0, j = 0, shared = 0;
        if (distinct)
        {
            if (Vector512.IsHardwareAccelerated)
            {
                shared = SharedBlocks512(a, b, ref i, ref j);
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                shared = SharedBlocks256(a, b, ref i, ref j);
            }
        }

        // Branch-free steps: which side advances depends on the data, which a branch would guess wrong half the time.
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            shared += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        return shared;
    }

    // The merge a block at a time (sorted, distinct codes): every code of a's block against every code of b's, then
    // the block with the smaller last code moves on (both when equal). An equal pair meets in exactly one visited
    // pair of blocks, or in the tails the scalar merge finishes from i and j.
    private static int SharedBlocks512(ulong[] a, ulong[] b, ref int i, ref int j)
    {
        const int Width = 8;
        var shared = 0;
        while (i + Width <= a.Length && j + Width <= b.Length)
        {
            var block = Vector512.Create(a.AsSpan(i, Width));
            var equal = Vector512<ulong>.Zero;
            for (var k = 0; k < Width; k++)
            {
                equal |= Vector512.Equals(block, Vector512.Create(b[j + k]));
            }

            shared += BitOperations.PopCount(equal.ExtractMostSignificantBits());
            var lastA = a[i + Width - 1];
            var lastB = b[j + Width - 1];
            i += lastA <= lastB ? Width : 0;
            j += lastB <= lastA ? Width : 0;
        }

        return shared;
    }

    private static int SharedBlocks256(ulong[] a, ulong[] b, ref int i, ref int j)
    {
        const int Width = 4;
        var shared = 0;
        while (i + Width <= a.Length && j + Width <= b.Length)
        {
            var block = Vector256.Create(a.AsSpan(i, Width));
            var equal = Vector256<ulong>.Zero;
            for (var k = 0; k < Width; k++)
            {
                equal |= Vector256.Equals(block, Vector256.Create(b[j + k]));
            }

            shared += BitOperations.PopCount(equal.ExtractMostSignificantBits());
            var lastA = a[i + Width - 1];
            var lastB = b[j + Width - 1];
            i += lastA <= lastB ? Width : 0;
            j += lastB <= lastA ? Width : 0;
        }

        return shared;
    }

    private static int SharedCount(string[] a, string[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return shared;
    }

    private static ulong? Code(string keyword)
    {
        if (keyword.Length > MaxCodedLength)
        {
            return null;
        }

        ulong code = 0;
        for (var i = 0; i < MaxCodedLength; i++)
        {
            var digit = 0u;
            if (i < keyword.Length)
            {
                digit = (uint)(keyword[i] - 'a') + 1;
                if (digit - 1 > 'z' - 'a')
                {
                    return null;
                }
            }

            code = (code * 27) + digit;
        }

        return code;
    }
}
