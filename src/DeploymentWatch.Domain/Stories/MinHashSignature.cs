using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// MinHash over shingles with a stable 64-bit FNV-1a hash (string.GetHashCode changes between processes, and the
/// signatures are stored): the share of equal positions in two signatures estimates the shingle sets' Jaccard.
/// </summary>
public static class MinHashSignature
{
    public const int Size = 128;

    public static IReadOnlyList<uint> Of(IEnumerable<string> shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        var hashes = new List<ulong>();
        foreach (var shingle in shingles)
        {
            hashes.Add(Fnv1a(shingle));
        }

        return hashes.Count == 0 ? [] : Of(CollectionsMarshal.AsSpan(hashes));
    }

    /// <summary>The signature of shingles given by their <see cref="Fnv1a"/> hashes (at least one; repeats change nothing).</summary>
    internal static uint[] Of(ReadOnlySpan<ulong> hashes)
    {
        var minima = new uint[Size];
        if (Vector512.IsHardwareAccelerated)
        {
            Minima512(hashes, minima);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Minima256(hashes, minima);
        }
        else
        {
            MinimaScalar(hashes, minima);
        }

        return minima;
    }

    // Every shingle is hashed by all 128 seeds: the fingerprint's largest cost. Lanes of seeds at once, each lane's
    // minimum kept in a register over all shingles, then stored once; the values are those of the scalar loop.
    internal static void Minima512(ReadOnlySpan<ulong> hashes, Span<uint> minima)
    {
        for (var s = 0; s < Size; s += Vector512<ulong>.Count)
        {
            var seeds = Vector512.Create(Seeds.AsSpan(s, Vector512<ulong>.Count));
            var min = Vector512.Create((ulong)uint.MaxValue);
            foreach (var hash in hashes)
            {
                min = Vector512.Min(min, Mix(Vector512.Create(hash) ^ seeds) >>> 32);
            }

            for (var k = 0; k < Vector512<ulong>.Count; k++)
            {
                minima[s + k] = (uint)min[k];
            }
        }
    }

    internal static void Minima256(ReadOnlySpan<ulong> hashes, Span<uint> minima)
    {
        for (var s = 0; s < Size; s += Vector256<ulong>.Count)
        {
            var seeds = Vector256.Create(Seeds.AsSpan(s, Vector256<ulong>.Count));
            var min = Vector256.Create((ulong)uint.MaxValue);
            foreach (var hash in hashes)
            {
                min = Vector256.Min(min, Mix(Vector256.Create(hash) ^ seeds) >>> 32);
            }

            for (var k = 0; k < Vector256<ulong>.Count; k++)
            {
                minima[s + k] = (uint)min[k];
            }
        }
    }

    // Without vectors (a build for any x64): seed by seed, four at a time so four multiplication chains overlap, each
    // minimum kept in a register over all shingles; no bounds check or branch in the inner loop.
    internal static void MinimaScalar(ReadOnlySpan<ulong> hashes, Span<uint> minima)
    {
        for (var s = 0; s < Size; s += 4)
        {
            var seed0 = Seeds[s];
            var seed1 = Seeds[s + 1];
            var seed2 = Seeds[s + 2];
            var seed3 = Seeds[s + 3];
            ulong min0 = uint.MaxValue, min1 = uint.MaxValue, min2 = uint.MaxValue, min3 = uint.MaxValue;
            foreach (var hash in hashes)
            {
                min0 = Math.Min(min0, Mix(hash ^ seed0) >> 32);
                min1 = Math.Min(min1, Mix(hash ^ seed1) >> 32);
                min2 = Math.Min(min2, Mix(hash ^ seed2) >> 32);
                min3 = Math.Min(min3, Mix(hash ^ seed3) >> 32);
            }

            minima[s] = (uint)min0;
            minima[s + 1] = (uint)min1;
            minima[s + 2] = (uint)min2;
            minima[s + 3] = (uint)min3;
        }
    }

    /// <summary>Estimated Jaccard similarity; 0 when either text was too short to shingle.</summary>
    public static double Similarity(IReadOnlyList<uint> a, IReadOnlyList<uint> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || a.Count != b.Count)
        {
            return 0;
        }

        return (double)EqualCount(Span(a), Span(b)) / a.Count;
    }

    // A window compares one signature with thousands: over spans, sixteen or four positions per vector step, not
    // one interface call per position.
    private static int EqualCount(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i + Vector512<uint>.Count <= a.Length; i += Vector512<uint>.Count)
            {
                var same = Vector512.Equals(Vector512.Create(a.Slice(i, Vector512<uint>.Count)), Vector512.Create(b.Slice(i, Vector512<uint>.Count)));
                equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<uint>.Count <= a.Length; i += Vector128<uint>.Count)
            {
                var same = Vector128.Equals(Vector128.Create(a.Slice(i, Vector128<uint>.Count)), Vector128.Create(b.Slice(i, Vector128<uint>.Count)));
                equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
            }
        }

        for (; i < a.Length; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return equal;
    }

    // Signatures are arrays when computed and lists when read back from JSON.
    private static ReadOnlySpan<uint> Span(IReadOnlyList<uint> signature) => signature switch
    {
        uint[] array => array,
        List<uint> list => CollectionsMarshal.AsSpan(list),
        _ => signature.ToArray(),
    };

    /// <summary>
    /// Estimated share of the smaller text's shingles found in the other: from Jaccard J and the set sizes,
    /// |A∩B| = J(|A|+|B|)/(1+J). A short wire copy inside a long article scores high here and low on Jaccard.
    /// </summary>
    public static double Containment(IReadOnlyList<uint> a, int sizeA, IReadOnlyList<uint> b, int sizeB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Containment(Span(a), sizeA, Span(b), sizeB);
    }

    /// <inheritdoc cref="Containment(IReadOnlyList{uint}, int, IReadOnlyList{uint}, int)"/>
    internal static double Containment(ReadOnlySpan<uint> a, int sizeA, ReadOnlySpan<uint> b, int sizeB)
    {
        var jaccard = a.Length == 0 || a.Length != b.Length ? 0 : (double)EqualCount(a, b) / a.Length;
        var smaller = Math.Min(sizeA, sizeB);
        return smaller <= 0 ? 0 : Math.Min(1, jaccard * (sizeA + sizeB) / (1 + jaccard) / smaller);
    }

    internal const ulong FnvBasis = 14695981039346656037UL;

    internal const ulong FnvPrime = 1099511628211UL;

    internal static ulong Fnv1a(ReadOnlySpan<char> text) => Fnv1a(FnvBasis, text);

    /// <summary>FNV-1a continued from <paramref name="hash"/> over <paramref name="text"/>.</summary>
    internal static ulong Fnv1a(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private static ulong Seed(int i) => Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1));

    // Computed once: the seeds are the same for every shingle of every text.
    private static readonly ulong[] Seeds = [.. Enumerable.Range(0, Size).Select(Seed)];

    // SplitMix64's finaliser: spreads every input bit over the output, so XOR-ed seeds act as independent hashes.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static Vector512<ulong> Mix(Vector512<ulong> z)
    {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >>> 31);
    }

    private static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >>> 31);
    }
}
