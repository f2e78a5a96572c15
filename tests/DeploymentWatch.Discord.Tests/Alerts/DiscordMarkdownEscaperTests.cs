using DeploymentWatch.Discord.Alerts;
using DeploymentWatch.Discord.Tests.Support;

namespace DeploymentWatch.Discord.Tests.Alerts;

public class DiscordMarkdownEscaperTests
{
    [Theory]
    [InlineData("@everyone look", @"\@everyone look")]
    [InlineData("<@&123> and <@456>", @"\<\@&123> and \<\@456>")]
    [InlineData("**bold** __u__ ~~s~~ ||spoiler|| `code`", @"\*\*bold\*\* \_\_u\_\_ \~\~s\~\~ \|\|spoiler\|\| \`code\`")]
    [InlineData("[click](https://evil.example)", @"\[click\](https://evil.example)")]
    [InlineData("# heading\n> quote\n  - item\n-# small", "\\# heading\n\\> quote\n  \\- item\n\\-# small")]
    [InlineData("Report (#1) > earlier figure", "Report (#1) > earlier figure")]
    [InlineData("North-Korean troops: 10,000-12,000", "North-Korean troops: 10,000-12,000")]
    public void Escape_FeedText_EscapesMarkdownAndMentions(string text, string expected)
    {
        Assert.Equal(expected, DiscordMarkdownEscaper.Escape(text));
    }

    [Fact]
    public void Escape_AnyText_DisplaysAsTheOriginal()
    {
        const string text = "@here **Breaking**: <#999> [x](y) \\o/ ||a|| `b` > c";

        var escaped = DiscordMarkdownEscaper.Escape(text);

        MarkdownAssert.Inert(escaped);
        Assert.Equal(text, MarkdownAssert.Displayed(escaped));
    }

    [Theory]
    [InlineData("Muted all topics until you `unmute`.", "Muted all topics until you `unmute`.")]
    [InlineData("`status` lists **mutes** for @here", @"`status` lists \*\*mutes\*\* for \@here")]
    [InlineData("an odd ` backtick", @"an odd \` backtick")]
    [InlineData("`<@123>` stays code", "`<@123>` stays code")]
    public void EscapeKeepingCode_CommandReply_KeepsCodeSpansAndEscapesTheRest(string text, string expected)
    {
        Assert.Equal(expected, DiscordMarkdownEscaper.EscapeKeepingCode(text));
    }
}
