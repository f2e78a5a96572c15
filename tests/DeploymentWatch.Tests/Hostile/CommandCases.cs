using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Hostile;

/// <summary>
/// A command case: the file's text (all of it, control characters included) is parsed with the shipped profiles;
/// the .expect gives 'outcome: ok|error', the command type for ok and parts of the answer.
/// </summary>
internal static class CommandCases
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<CommandParser> Parser = new(() => new CommandParser(ProfilesFileLoader.Load(Path.Combine(RepositoryPaths.Config, "profiles.yaml"))));

    public static void Run(string input, CaseExpectation expect)
    {
        var text = File.ReadAllText(input).TrimEnd('\n');
        var result = Parser.Value.Parse(text, Now);
        Assert.True(
            (expect["outcome"] == "ok") == result.IsSuccess,
            $"expected {expect["outcome"]}, got {(result.IsSuccess ? result.Command!.GetType().Name : result.Error)}");
        if (result.IsSuccess)
        {
            Assert.Equal(expect["command"], result.Command!.GetType().Name);
            foreach (var part in expect.All("contains"))
            {
                Assert.Contains(part, result.Command.ToString(), StringComparison.Ordinal);
            }

            return;
        }

        Assert.True(result.Error!.Length < 2_000, "the answer is longer than a chat message should be");
        HostileCorpusTests.AssertNoControlCharacters(result.Error, "the answer");
        foreach (var part in expect.All("error"))
        {
            Assert.Contains(part, result.Error, StringComparison.Ordinal);
        }
    }
}
