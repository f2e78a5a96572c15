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
        Assert.Equal(PlainMinHash.Signature(plainShingles), MinHashSignature.Of(shingles));
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
            var plain = PlainMinHash.Signature(shingles);

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
}
