using System.Text.RegularExpressions;
using DeploymentWatch.Feeds.Folders;

namespace DeploymentWatch.Feeds.Tests.Folders;

public class ArticleHeaderTests
{
    /// <summary>The pattern a header line was defined by before it was read in place.</summary>
    private static readonly Regex Reference = new(@"^\s*(?<key>[A-Za-z]+)\s*:\s*(?<value>.*?)\s*$");

    [Fact]
    public void KeyValue_GeneratedLines_AgreeWithThePattern()
    {
        string[] parts = ["", " ", "\t", "\u00A0", "\u2003", "title", "Title", "URL", "outlet", "published", "update", "ti tle", ":", "::", "x", "2025-01-24", "https://a.example/b:c", "é", "\r", "—", "-"];
        var random = new Random(20261205);
        for (var i = 0; i < 20_000; i++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => parts[random.Next(parts.Length)]));
            var match = Reference.Match(line);
            var expected = match.Success && ArticleFields.Known.Contains(match.Groups["key"].Value, StringComparer.OrdinalIgnoreCase)
                ? (match.Groups["key"].Value, match.Groups["value"].Value)
                : ((string?)null, (string?)null);

            Assert.Equal(expected, ArticleHeader.KeyValue(line));
        }
    }

    [Theory]
    [InlineData("title: Seoul says\nurl: https://a.example/x\n---\nBody.\n", "Seoul says", "Body.\n")]
    [InlineData("  Title :  Spaced  \r\n---\r\nBody", "Spaced", "Body")]
    [InlineData("Update: the ministry said 300.\nMore text.", null, "Update: the ministry said 300.\nMore text.")]
    [InlineData("title: no closing line\nBody follows", null, "title: no closing line\nBody follows")]
    [InlineData("---\nBody", null, "---\nBody")]
    public void Split_HeaderOrNot_GivesTitleAndTextStart(string content, string? title, string text)
    {
        var (metadata, start) = ArticleHeader.Split(content, "a.txt", _ => { });

        Assert.Equal(title, metadata.Title);
        Assert.Equal(text, content[start..]);
    }
}
