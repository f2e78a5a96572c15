using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Domain.Tests.Stories;

/// <summary>
/// Signatures are stored on alerts and compared with new ones, so a faster computation must give the same numbers:
/// here against the plain definition (3-word shingles joined with spaces, seed i = Mix(golden ratio × (i + 1))).
/// </summary>
public class StoredSignatureTests
{
    [Fact]
    public void Of_SeedArticleText_SameAsThePlainDefinition()
    {
        var words = StoryText.Words(
            "North Korea has sent about 1,500 more troops to Russia, the NIS said on Monday. About 300 North Korean " +
            "soldiers were killed and 2,700 wounded, a lawmaker briefed by the spy agency said.");
        var shingles = StoryText.Shingles(words).Distinct(StringComparer.Ordinal).ToArray();

        var plainShingles = Enumerable.Range(0, words.Count - 2).Select(i => string.Join(' ', words.Skip(i).Take(3))).Distinct(StringComparer.Ordinal).ToArray();
        Assert.Equal(plainShingles, shingles);
        Assert.Equal(PlainSignature(plainShingles), MinHashSignature.Of(shingles));
    }

    [Fact]
    public void Minima_EveryPath_SameAsThePlainDefinition()
    {
        // The path taken depends on the machine (a build for any x64 has no 256- or 512-bit vectors): each one here.
        var random = new Random(13);
        foreach (var count in new[] { 1, 2, 3, 7, 200 })
        {
            var shingles = Enumerable.Range(0, count).Select(_ => string.Join(' ', Enumerable.Range(0, 3).Select(_ => "w" + random.Next(1000)))).ToArray();
            var hashes = shingles.Select(s => MinHashSignature.Fnv1a(s)).ToArray();
            var plain = PlainSignature(shingles);

            var minima = new uint[MinHashSignature.Size];
            MinHashSignature.MinimaScalar(hashes, minima);
            Assert.Equal(plain, minima);
            if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
            {
                Array.Clear(minima);
                MinHashSignature.Minima256(hashes, minima.AsSpan());
                Assert.Equal(plain, minima);
            }

            if (System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
            {
                Array.Clear(minima);
                MinHashSignature.Minima512(hashes, minima.AsSpan());
                Assert.Equal(plain, minima);
            }
        }
    }

    private static uint[] PlainSignature(IEnumerable<string> shingles)
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
