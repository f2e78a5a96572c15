using System.Text;
using DeploymentWatch.Feeds.Folders;
using DeploymentWatch.TestKit.Feeds;

namespace DeploymentWatch.Feeds.Tests.Folders;

public sealed class ArticleFileTextTests : IDisposable
{
    private const string Sample = "Séoul — 3 000 soldats nord-coréens, «selon le NIS». 北朝鮮 🚀\nSecond line.";
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf-8, no mark", Encoding.UTF8.GetBytes(Sample) },
        { "utf-8 with mark", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
        { "utf-16 little-endian", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
        { "utf-16 big-endian", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "utf-32 little-endian", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Sample)] },
        { "utf-32 big-endian", [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(Sample)] },
        { "invalid utf-8", [0x41, 0xC3, 0x28, 0xFF, 0xE2, 0x82, 0x42, 0xF0, 0x9F, 0x9A] },
        { "odd utf-16", [0xFF, 0xFE, 0x41, 0x00, 0x42] },
        { "a lone mark byte", [0xEF, 0xBB] },
        { "utf-16 mark and one zero", [0xFF, 0xFE, 0x00] },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_AnyEncodingOrBrokenBytes_GivesWhatReadAllTextGives(string name, byte[] bytes)
    {
        var path = Path.Combine(folder.Path, name + ".txt");
        File.WriteAllBytes(path, bytes);

        Assert.Equal(File.ReadAllText(path), ArticleFileText.Read(path, maxBytes: 1 << 20));
    }

    [Fact]
    public void Read_FileOfExactlyTheLimit_IsRead()
    {
        var path = Path.Combine(folder.Path, "limit.txt");
        File.WriteAllText(path, new string('a', 100));

        Assert.Equal(100, ArticleFileText.Read(path, maxBytes: 100).Length);
    }

    [Fact]
    public void Read_FileOverTheLimit_FailsNamingTheFileAndTheLimit()
    {
        var path = Path.Combine(folder.Path, "big.txt");
        File.WriteAllText(path, new string('a', 101));

        var error = Assert.Throws<ArticleFolderException>(() => ArticleFileText.Read(path, maxBytes: 100));
        Assert.Contains("big.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("larger than", error.Message, StringComparison.Ordinal);
    }
}
