using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Tests.Stories;

/// <summary>
/// The plain definition stored signatures are held to: FNV-1a of each shingle, mixed with seed i = Mix(golden ratio ×
/// (i + 1)), the minimum per position. Written the slow, obvious way, once for every test that compares against it.
/// </summary>
internal static class PlainMinHash
{
    public static uint[] Signature(IEnumerable<string> shingles)
    {
        var minima = Enumerable.Repeat(uint.MaxValue, MinHashSignature.Size).ToArray();
        foreach (var shingle in shingles)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in shingle)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            for (var i = 0; i < MinHashSignature.Size; i++)
            {
                minima[i] = Math.Min(minima[i], (uint)(Mix(hash ^ Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1))) >> 32));
            }
        }

        return minima;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
