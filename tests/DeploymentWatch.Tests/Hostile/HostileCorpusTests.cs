using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Hostile;

/// <summary>
/// The hostile-input corpus (tests/DeploymentWatch.Tests/Hostile/Corpus): one file per case under feeds/, articles/,
/// configs/, commands/ or requests/, its expected outcome in NAME.expect beside it. A new case is two files; this one
/// theory runs them all. Every case also checks what holds for all input: no unhandled exception, no control
/// character in any answer, no secret echoed.
/// </summary>
public sealed class HostileCorpusTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var expect in Directory.EnumerateFiles(CorpusRoot, "*.expect", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var kind = Path.GetFileName(Path.GetDirectoryName(expect)!);
            data.Add(kind, Path.GetFileNameWithoutExtension(expect));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_GetsItsExpectedAnswer(string kind, string name)
    {
        var folder = Path.Combine(CorpusRoot, kind);
        var input = Directory.EnumerateFiles(folder, name + ".*").Single(p => !p.EndsWith(".expect", StringComparison.Ordinal));
        var expect = CaseExpectation.Load(Path.Combine(folder, name + ".expect"));
        switch (kind)
        {
            case "feeds":
                await FeedCases.RunAsync(input, expect);
                break;
            case "articles":
                await FeedCases.RunArticleAsync(input, expect);
                break;
            case "configs":
                ConfigCases.Run(input, expect);
                break;
            case "commands":
                CommandCases.Run(input, expect);
                break;
            case "requests":
                await RequestCases.RunAsync(input, expect);
                break;
            default:
                Assert.Fail($"unknown corpus folder '{kind}'");
                break;
        }
    }

    [Fact]
    public void Corpus_EveryCaseHasItsInputAndEveryInputItsExpectation()
    {
        var files = Directory.EnumerateFiles(CorpusRoot, "*", SearchOption.AllDirectories).ToArray();
        var expectations = files.Where(f => f.EndsWith(".expect", StringComparison.Ordinal)).Select(f => f[..^".expect".Length]).ToHashSet();
        var inputs = files.Where(f => !f.EndsWith(".expect", StringComparison.Ordinal)).Select(f => Path.Combine(Path.GetDirectoryName(f)!, Path.GetFileNameWithoutExtension(f))).ToArray();

        Assert.Equal(expectations.Order(), inputs.Order());
        Assert.True(expectations.Count >= 40, $"only {expectations.Count} cases");
    }

    internal static string CorpusRoot => Path.Combine(RepositoryPaths.Root, "tests", "DeploymentWatch.Tests", "Hostile", "Corpus");

    internal static void AssertNoControlCharacters(string? text, string what)
    {
        if (text is not null)
        {
            Assert.False(text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')), $"{what} holds a control character: {text}");
        }
    }
}
