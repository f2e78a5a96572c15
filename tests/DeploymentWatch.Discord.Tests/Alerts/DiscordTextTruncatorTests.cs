using System.Globalization;
using DeploymentWatch.Discord.Alerts;

namespace DeploymentWatch.Discord.Tests.Alerts;

public class DiscordTextTruncatorTests
{
    [Fact]
    public void Fit_TextWithinLimit_IsOnlyTrimmed()
    {
        Assert.Equal("short text", DiscordTextTruncator.Fit("  short text \n", 20));
    }

    [Fact]
    public void Fit_LongSentence_CutsAtAWordBoundaryWithEllipsis()
    {
        var result = DiscordTextTruncator.Fit("North Korean troops were deployed to the Kursk region in autumn", 30);

        Assert.Equal("North Korean troops were…", result);
    }

    [Fact]
    public void Fit_OneLongWord_CutsAtAGraphemeBoundary()
    {
        var result = DiscordTextTruncator.Fit(new string('x', 50), 10);

        Assert.Equal(new string('x', 9) + "…", result);
    }

    [Theory]
    [InlineData("👍🏽")]
    [InlineData("👨‍👩‍👧")]
    [InlineData("e\u0301")]
    [InlineData("🇰🇷")]
    public void Fit_CutThroughClusters_NeverSplitsAGraphemeOrSurrogatePair(string cluster)
    {
        var text = string.Concat(Enumerable.Repeat(cluster, 40));

        for (var max = 2; max < 30; max++)
        {
            var result = DiscordTextTruncator.Fit(text, max);
            var kept = result.TrimEnd('…');

            Assert.True(result.Length <= max);
            Assert.StartsWith(kept, text, StringComparison.Ordinal);
            Assert.Contains(kept.Length, StringInfo.ParseCombiningCharacters(text).Append(text.Length));
        }
    }

    [Fact]
    public void Fit_EscapedText_CountsTheEscapesAndNeverEndsOnABackslash()
    {
        var result = DiscordTextTruncator.Fit(new string('*', 300), 256, DiscordMarkdownEscaper.Escape);

        Assert.True(result.Length <= 256);
        Assert.EndsWith("\\*…", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NoRoomForAnything_IsEmpty()
    {
        Assert.Equal("", DiscordTextTruncator.Fit("abc", 1));
    }
}
